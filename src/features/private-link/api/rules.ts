/**
 * The mock's old import path (mocks/handlers.ts): the rules live in src/contract/rules.ts and
 * src/contract/providers. Delete this file once the mock imports them from there.
 */
export { confluentUniqueNameProblem, displayNameProblem, TIDB_UNIQUE_NAME_RE, type Problem } from '@/contract/rules';
export { endpointServiceNameProblem, endpointServiceRegion } from '@/contract/providers';
import { providerForCloud } from '@/contract/providers';
export const connectionTypeForCloud = (cloud: string) => providerForCloud(cloud)?.type;
