import { http } from 'msw';
import { cloudRegionCode } from '@/contract/clusters';
import { attachDomainsRequestSchema, detachDomainsRequestSchema, DOMAIN_TYPES, type AttachDomain, type DomainType } from '@/contract/private-link';
import { cloudTypeOf, serviceOf } from '../clouds';
import type { MockDb } from '../db';
import { newId } from '../ids';
import { confluentViolation, TIDB_UNIQUE_NAME_RE } from '../rules';
import { zonesFor } from '../zones';
import { MOCK_USER } from './connections';
import { clusterOr404, connectionOr404 } from './lookup';
import { HttpFailure, json, parseBody } from './respond';
import { route } from './route';

/** `:attachDomains` (with the `validateOnly` dry run) and `:detachDomains` (privatelink.openapi.yaml). */
export function domainHandlers(db: MockDb, plc: string) {
  return [
    http.post(
      `${plc}/:plcId\\:attachDomains`,
      route(db, 'attachDomains', ({ data, params, body }) => {
        const cluster = clusterOr404(data, params.clusterId!);
        const c = connectionOr404(data, cluster, params.plcId!);
        const request = parseBody(body, attachDomainsRequestSchema);
        const { type } = request.attachDomain;
        let uniqueName = request.attachDomain.uniqueName ?? '';
        const field = 'attachDomain.uniqueName';
        if (!(DOMAIN_TYPES as readonly string[]).includes(type))
          throw new HttpFailure(400, `unknown domain type ${type}`, [{ field: 'attachDomain.type', description: `must be ${DOMAIN_TYPES.join(' or ')}` }]);
        const offered = cloudTypeOf(c.type)?.domains[type as DomainType];
        if (!offered)
          throw new HttpFailure(400, `${type} domains cannot be attached to a ${c.type} connection`, [
            { field: 'attachDomain.type', description: 'not supported for this connection type' },
          ]);
        if (c.state !== 'ACTIVE') throw new HttpFailure(409, `domains can only be attached to an ACTIVE connection (this one is ${c.state})`);
        if (type === 'TIDBCLOUD_MANAGED') {
          if (!uniqueName && request.validateOnly) uniqueName = newId.uniqueName();
          else if (!TIDB_UNIQUE_NAME_RE.test(uniqueName))
            throw new HttpFailure(400, 'uniqueName must be the 26-character name from the dry run', [{ field, description: 'must be 26 lowercase letters or digits' }]);
        } else {
          const violation = confluentViolation(field, uniqueName, cloudRegionCode(cluster.region));
          if (violation) throw new HttpFailure(400, `${violation.field}: ${violation.description}`, [violation]);
        }
        // A unique name already attached is attached again, as a second group: the spec promises no refusal.
        const azIds = serviceOf(c)?.availabilityZoneIds ?? zonesFor(cluster).azIds;
        const attach: AttachDomain = {
          ...(request.validateOnly ? {} : { attachDomainId: newId.attachDomain() }),
          clusterId: cluster.clusterId,
          privateLinkConnectionId: c.privateLinkConnectionId,
          type,
          uniqueName,
          domains: offered(uniqueName, azIds).map((name) => ({ name, state: 'ACTIVE' })),
          createdBy: MOCK_USER,
          createTime: new Date().toISOString(),
        };
        if (!request.validateOnly) data.attachDomains.push(attach);
        return json<AttachDomain>(attach);
      }),
    ),

    http.post(
      `${plc}/:plcId\\:detachDomains`,
      route(db, 'detachDomains', ({ data, params, body }) => {
        const c = connectionOr404(data, clusterOr404(data, params.clusterId!), params.plcId!);
        const { attachDomainId } = parseBody(body, detachDomainsRequestSchema);
        const found = data.attachDomains.find((a) => a.privateLinkConnectionId === c.privateLinkConnectionId && a.attachDomainId === attachDomainId);
        if (!found) throw new HttpFailure(404, `attached domains ${attachDomainId} not found on this connection`);
        data.attachDomains = data.attachDomains.filter((a) => a !== found);
        return json<AttachDomain>(found);
      }),
    ),
  ];
}
