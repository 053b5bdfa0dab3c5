import type { FieldViolation } from '@/contract/errors';
import type { ConnectionType } from '@/contract/private-link';
import { endpointServiceNameProblem, PROVIDERS, type KnownProvider } from '@/contract/providers';
import { confluentUniqueNameProblem, displayNameProblem, type Problem, type ProblemKey } from '@/contract/rules';

export { TIDB_UNIQUE_NAME_RE } from '@/contract/rules';
export { endpointServiceRegion } from '@/contract/providers';

/**
 * What the mocked server refuses: the contract's input rules (src/contract/rules.ts and the
 * provider registry, the same ones the form checks), answered in the server's own English as
 * TiDB Cloud would. The console translates by field and code, never shows these verbatim.
 */
type ServiceFormatKey = KnownProvider['messages']['serviceFormat'];
const SERVICE_FORMAT_TEXT = Object.fromEntries(
  Object.values(PROVIDERS).map((p) => [p.messages.serviceFormat, () => `endpoint service name must look like ${p.serviceName.placeholder}`]),
) as Record<ServiceFormatKey, () => string>;

const SERVER_TEXT: Record<ProblemKey, (p: Problem['params']) => string> = {
  'problem.name.empty': () => 'display name must not be empty',
  'problem.name.tooLong': (p) => `display name must be at most ${p?.max} characters`,
  'problem.name.chars': () => 'display name must not contain control characters',
  'problem.service.empty': () => 'endpoint service name must not be empty',
  ...SERVICE_FORMAT_TEXT,
  'problem.confluent.empty': () => 'unique name must not be empty for CONFLUENT domains',
  'problem.confluent.format': () => 'unique name must be <network-id>.<region>, as Confluent Cloud shows it',
  'problem.confluent.region': (p) => `unique name is in ${p?.region}, but the cluster is in ${p?.clusterRegion}`,
};

const violation = (field: string, problem: Problem | undefined): FieldViolation | undefined =>
  problem && { field, description: SERVER_TEXT[problem.key](problem.params) };

export const displayNameViolation = (field: string, value: string) => violation(field, displayNameProblem(value));

export const serviceNameViolation = (field: string, type: ConnectionType, name: string | undefined) =>
  violation(field, endpointServiceNameProblem(type, name ?? ''));

export const confluentViolation = (field: string, value: string, clusterRegion: string) =>
  violation(field, confluentUniqueNameProblem(value, clusterRegion));
