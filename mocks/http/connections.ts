import { http } from 'msw';
import { cloudRegionCode } from '@/contract/clusters';
import type { FieldViolation } from '@/contract/errors';
import {
  createConnectionRequestSchema,
  type AvailabilityZonesResponse,
  type ListConnectionsResponse,
  type PrivateLinkConnection,
} from '@/contract/private-link';
import type { MockDb } from '../db';
import { newId } from '../ids';
import { toDeleting } from '../lifecycle';
import { CLOUD_TYPES, serviceRegion, typesOn } from '../clouds';
import { displayNameViolation, serviceNameViolation } from '../rules';
import { zonesFor } from '../zones';
import { clusterOr404, connectionOr404 } from './lookup';
import { badRequest, HttpFailure, json, paged, parseBody } from './respond';
import { route } from './route';

/** Who the mocked API says created a connection or attached domains. */
export const MOCK_USER = 'jane.doe@acme.example';

/** Private link connections: list, create, get, delete, and the zones call (privatelink.openapi.yaml). */
export function connectionHandlers(db: MockDb, plc: string) {
  return [
    http.get(
      `${plc}\\:getAvailabilityZones`,
      route(db, 'getAvailabilityZones', ({ data, params }) => json<AvailabilityZonesResponse>(zonesFor(clusterOr404(data, params.clusterId!)))),
    ),

    http.get(
      plc,
      route(db, 'listConnections', ({ data, params, url }) => {
        const cluster = clusterOr404(data, params.clusterId!);
        const state = url.searchParams.get('state');
        const { page, ...rest } = paged(url, data.connections, (c) => c.clusterId === cluster.clusterId && (!state || c.state === state));
        return json<ListConnectionsResponse>({ privateLinkConnections: page, ...rest });
      }),
    ),

    http.post(
      plc,
      route(db, 'createConnection', ({ data, params, body, now }) => {
        const cluster = clusterOr404(data, params.clusterId!);
        const { privateLinkConnection: input } = parseBody(body, createConnectionRequestSchema);
        const offered = typesOn(cluster.region.cloudProvider);
        const type = offered.find((t) => t === input.type);
        const violations: FieldViolation[] = [];
        if (input.clusterId !== cluster.clusterId)
          violations.push({ field: 'privateLinkConnection.clusterId', description: `must be the cluster of the path, ${cluster.clusterId}` });
        const nameViolation = displayNameViolation('privateLinkConnection.displayName', input.displayName);
        if (nameViolation) violations.push(nameViolation);
        if (!type) {
          violations.push({
            field: 'privateLinkConnection.type',
            description: `type ${input.type} is not supported for a cluster on ${cluster.region.cloudProvider}${offered.length ? `; use ${offered.join(' or ')}` : ''}`,
          });
        }
        const cloudType = type && CLOUD_TYPES[type];
        const field = cloudType?.serviceField;
        const service = field ? input[field] : undefined;
        const serviceViolation = type && serviceNameViolation(`privateLinkConnection.${field}.name`, type, service?.name);
        if (serviceViolation) violations.push(serviceViolation);
        if (violations.length || !cloudType || !type || !field || !service) throw badRequest(violations);

        // The spec promises no unique display names: two connections may share one, unless a scenario says otherwise.
        if (db.uniqueDisplayNames && data.connections.some((c) => c.clusterId === cluster.clusterId && c.displayName === input.displayName))
          throw new HttpFailure(409, `a private link connection named "${input.displayName}" already exists in this cluster`);
        const clusterRegion = cloudRegionCode(cluster.region);
        // The endpoint service may be in another region when the type has a region field and the request says which one.
        const requested = cloudType.serviceRegionField && 'region' in service ? service.region : undefined;
        const expected = (typeof requested === 'string' && requested) || clusterRegion;
        const actual = serviceRegion(type, service.name);
        const conn: PrivateLinkConnection = {
          privateLinkConnectionId: newId.connection(),
          clusterId: cluster.clusterId,
          displayName: input.displayName,
          type,
          [field]: { name: service.name, ...(cloudType.serviceRegionField ? { region: expected } : {}) },
          state: 'CREATING',
          createdBy: MOCK_USER,
          createTime: new Date(now).toISOString(),
          updateTime: null,
        };
        data.connections.push(conn);
        data.timelines[conn.privateLinkConnectionId!] = {
          createdAtMs: now,
          failMessage:
            actual !== expected
              ? `The endpoint service ${service.name} is in ${actual}, but the connection looks for it in ${expected}. Create the endpoint service in ${expected}${cloudType.serviceRegionField ? `, or set ${field}.region to its region,` : ''} and try again.`
              : undefined,
        };
        return json<PrivateLinkConnection>(conn);
      }),
    ),

    http.get(
      `${plc}/:plcId`,
      route(db, 'getConnection', ({ data, params }) => {
        const c = connectionOr404(data, clusterOr404(data, params.clusterId!), params.plcId!);
        const attachedDomains = data.attachDomains.filter((a) => a.privateLinkConnectionId === c.privateLinkConnectionId);
        return json<PrivateLinkConnection>({ ...c, attachedDomains });
      }),
    ),

    http.delete(
      `${plc}/:plcId`,
      route(db, 'deleteConnection', ({ data, params, now }) => {
        const c = connectionOr404(data, clusterOr404(data, params.clusterId!), params.plcId!);
        if (c.state === 'DELETING') throw new HttpFailure(409, 'the private link connection is already being deleted');
        toDeleting(data, c, now);
        return json<PrivateLinkConnection>(c);
      }),
    ),
  ];
}
