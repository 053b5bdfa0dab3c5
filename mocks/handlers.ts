import type { MockDb } from './db';
import { changefeedHandlers } from './http/changefeeds';
import { clusterHandlers } from './http/clusters';
import { connectionHandlers } from './http/connections';
import { domainHandlers } from './http/domains';
import { migrationHandlers } from './http/migrations';
import { projectHandlers } from './http/projects';

/** Any origin: the same handlers answer in the browser, in Node (tests) and over HTTP. */
const BASE = '*/v1beta1';
const PLC = `${BASE}/clusters/:clusterId/privateLinkConnections`;

/**
 * The mocked API's handlers, one room per resource (mocks/http/). The `:verb` custom methods are
 * escaped (`privateLinkConnections\\:getAvailabilityZones`), otherwise MSW reads `:getAvailabilityZones`
 * as a path parameter; the zones call is registered before `…/:plcId` for the same reason.
 */
export function createHandlers(db: MockDb) {
  return [
    ...clusterHandlers(db, BASE),
    ...connectionHandlers(db, PLC),
    ...domainHandlers(db, PLC),
    ...changefeedHandlers(db, BASE),
    ...migrationHandlers(db, BASE),
    ...projectHandlers(db),
  ];
}
