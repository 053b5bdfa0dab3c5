import type { FieldViolation } from '@/contract/errors';
import type { ConnectionType } from '@/contract/private-link';
import { endpointServiceNameProblem, PROVIDERS } from '@/contract/providers';
import { confluentUniqueNameProblem, displayNameProblem, type Problem, type ProblemKey } from '@/contract/rules';

export { TIDB_UNIQUE_NAME_RE } from '@/contract/rules';
export { endpointServiceRegion } from '@/contract/providers';

/**
 * What the mocked server refuses: the contract's input rules (src/contract/rules.ts and the
 * provider registry, the same ones the form checks), answered in the server's own English as
 * TiDB Cloud would. The console translates by field and code, never shows these verbatim.
 */
const SERVER_TEXT: Record<ProblemKey, (p: Problem['params']) => string> = {
  'problem.name.empty': () => 'display name must not be empty',
  'problem.name.tooLong': (p) => `display name must be at most ${p?.max} characters`,
  'problem.name.chars': () => 'display name must not contain control characters',
  'problem.service.empty': () => 'endpoint service name must not be empty',
  'problem.service.aws': () => `endpoint service name must look like ${PROVIDERS.AWS_ENDPOINT_SERVICE.serviceName.placeholder}`,
  'problem.service.alicloud': () => `endpoint service name must look like ${PROVIDERS.ALICLOUD_ENDPOINT_SERVICE.serviceName.placeholder}`,
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
