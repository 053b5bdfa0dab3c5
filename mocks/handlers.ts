import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import type * as z from 'zod/mini';
import type { Cluster, ListClustersResponse } from '@/contract/clusters';
import {
  attachDomainsRequestSchema,
  createConnectionRequestSchema,
  detachDomainsRequestSchema,
  type AttachDomain,
  type AvailabilityZonesResponse,
  type ListConnectionsResponse,
  type PrivateLinkConnection,
} from '@/contract/private-link';
import {
  confluentUniqueNameProblem,
  connectionTypeForCloud,
  displayNameProblem,
  endpointServiceNameProblem,
  endpointServiceRegion,
  TIDB_UNIQUE_NAME_RE,
} from '@/features/private-link/api/rules';
import type { ErrorBody, FieldViolation } from '@/contract/errors';
import { tEn } from '@/lib/i18n-core';
import type { Problem } from '@/features/private-link/api/rules';
import { randomId, type MockDb } from './db';
import { generateDomains } from './domains';
import { DEFAULT_FAULT_MESSAGE, GRPC_CODE, type Endpoint, type Fault } from './faults';
import { zonesFor } from './zones';

const BASE = '*/v1beta1';
const PLC = `${BASE}/clusters/:clusterId/privateLinkConnections`;
const USER = 'jane.doe@acme.example';
/** The API answers in English. */
const text = (p: Problem) => tEn(p.key, p.params);

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldViolations?: FieldViolation[],
  ) {
    super(message);
  }
}

function errorResponse(status: number, message: string, fieldViolations?: FieldViolation[], headers?: HeadersInit) {
  const body: ErrorBody = {
    code: GRPC_CODE[status] ?? 2,
    message,
    details: fieldViolations?.length
      ? [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations }]
      : [],
  };
  return HttpResponse.json(body, { status, headers });
}

function faultResponse(fault: Fault) {
  if (fault.kind === 'network') return HttpResponse.error();
  if (fault.kind === 'hang') return undefined;
  const headers: Record<string, string> = {};
  if (fault.status === 429) {
    headers['Retry-After'] = String(fault.retryAfterSeconds ?? 1);
    headers['X-Ratelimit-Limit-Minute'] = '100';
    headers['X-Ratelimit-Remaining-Minute'] = '0';
  }
  return errorResponse(fault.status, fault.message ?? DEFAULT_FAULT_MESSAGE[fault.status] ?? 'error', fault.fieldViolations, headers);
}

async function readJson<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S>> {
  const json: unknown = await request.json().catch(() => {
    throw new HttpFailure(400, 'request body is not valid JSON');
  });
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new HttpFailure(
      400,
      'request body does not match the API',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), description: i.message })),
    );
  }
  return parsed.data;
}

/** Typed JSON answers: a mock drifting from the contract fails to compile. */
const json = <T extends JsonBodyType>(body: T) => HttpResponse.json(body);

export function createHandlers(db: MockDb) {
  /** Every handler runs through here: request log, latency, faults, lifecycle, error mapping. */
  function route(
    endpoint: Endpoint,
    resolve: (args: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => Promise<Response> | Response,
  ) {
    return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().text();
      db.requests.push({ endpoint, method: request.method, url: request.url, body });
      if (db.timing.latencyMs > 0) await delay(db.timing.latencyMs);
      const fault = db.takeFault(endpoint);
      if (fault) {
        if (fault.kind === 'hang') await delay('infinite');
        const res = faultResponse(fault);
        if (res) return res;
      }
      db.advance();
      try {
        const res = await resolve({ request, params });
        db.save();
        return res;
      } catch (e) {
        if (e instanceof HttpFailure) return errorResponse(e.status, e.message, e.fieldViolations);
        throw e;
      }
    };
  }

  const clusterOr404 = (clusterId: unknown): Cluster => {
    const cluster = db.cluster(String(clusterId));
    if (!cluster) throw new HttpFailure(404, `cluster ${String(clusterId)} not found`);
    return cluster;
  };
  const connectionOr404 = (cluster: Cluster, id: unknown): PrivateLinkConnection => {
    const c = db.data.connections.find((x) => x.clusterId === cluster.clusterId && x.privateLinkConnectionId === String(id));
    if (!c) throw new HttpFailure(404, `private link connection ${String(id)} not found`);
    return c;
  };
  const withDomains = (c: PrivateLinkConnection): PrivateLinkConnection => ({
    ...c,
    attachedDomains: db.data.attachDomains.filter((a) => a.privateLinkConnectionId === c.privateLinkConnectionId),
  });

  return [
    http.get(
      `${BASE}/clusters`,
      route('listClusters', () => json<ListClustersResponse>({ clusters: db.data.clusters, totalSize: db.data.clusters.length })),
    ),
    http.get(
      `${BASE}/clusters/:clusterId`,
      route('getCluster', ({ params }) => json<Cluster>(clusterOr404(params.clusterId))),
    ),

    http.get(
      `${PLC}\\:getAvailabilityZones`,
      route('getAvailabilityZones', ({ params }) => json<AvailabilityZonesResponse>(zonesFor(clusterOr404(params.clusterId)))),
    ),

    http.get(
      PLC,
      route('listConnections', ({ request, params }) => {
        const cluster = clusterOr404(params.clusterId);
        const url = new URL(request.url);
        const pageSize = Number(url.searchParams.get('pageSize') ?? '10');
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
          throw new HttpFailure(400, 'pageSize must be between 1 and 100', [{ field: 'pageSize', description: 'must be between 1 and 100' }]);
        const token = url.searchParams.get('pageToken');
        const offset = token ? Number(atob(token)) : 0;
        if (!Number.isInteger(offset) || offset < 0) throw new HttpFailure(400, 'invalid pageToken');
        const state = url.searchParams.get('state');
        const all = db.data.connections
          .filter((c) => c.clusterId === cluster.clusterId && (!state || c.state === state))
          .sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''));
        const page = all.slice(offset, offset + pageSize);
        const next = offset + pageSize < all.length ? btoa(String(offset + pageSize)) : undefined;
        return json<ListConnectionsResponse>({ privateLinkConnections: page, nextPageToken: next, totalSize: all.length });
      }),
    ),

    http.post(
      PLC,
      route('createConnection', async ({ request, params }) => {
        const cluster = clusterOr404(params.clusterId);
        const { privateLinkConnection: input } = await readJson(request, createConnectionRequestSchema);
        const violations: FieldViolation[] = [];
        const nameProblem = displayNameProblem(input.displayName);
        if (nameProblem) violations.push({ field: 'privateLinkConnection.displayName', description: text(nameProblem) });
        const allowed = connectionTypeForCloud(String(cluster.region.cloudProvider));
        if (input.type !== allowed) {
          violations.push({
            field: 'privateLinkConnection.type',
            description: `type ${input.type} is not supported for a cluster on ${cluster.region.cloudProvider}; use ${allowed}`,
          });
        }
        const service = allowed === 'AWS_ENDPOINT_SERVICE' ? input.awsEndpointService : input.alicloudEndpointService;
        const serviceField = allowed === 'AWS_ENDPOINT_SERVICE' ? 'awsEndpointService' : 'alicloudEndpointService';
        const serviceProblem = allowed && (service ? endpointServiceNameProblem(allowed, service.name) : { key: 'problem.service.empty' as const });
        if (allowed && serviceProblem)
          violations.push({ field: `privateLinkConnection.${serviceField}.name`, description: text(serviceProblem) });
        if (violations.length) throw new HttpFailure(400, violations.map((v) => `${v.field}: ${v.description}`).join('; '), violations);

        if (db.data.connections.some((c) => c.clusterId === cluster.clusterId && c.displayName === input.displayName)) {
          throw new HttpFailure(409, `a private link connection named "${input.displayName}" already exists in this cluster`);
        }
        const serviceName = service!.name;
        const serviceRegion = endpointServiceRegion(allowed!, serviceName);
        const now = Date.now();
        const id = `plc-${randomId(20)}`;
        const conn: PrivateLinkConnection = {
          privateLinkConnectionId: id,
          clusterId: cluster.clusterId,
          displayName: input.displayName,
          type: allowed!,
          ...(allowed === 'AWS_ENDPOINT_SERVICE'
            ? { awsEndpointService: { name: serviceName, region: input.awsEndpointService?.region ?? cluster.region.regionId } }
            : { alicloudEndpointService: { name: serviceName } }),
          state: 'CREATING',
          createdBy: USER,
          createTime: new Date(now).toISOString(),
          updateTime: null,
        };
        db.data.connections.push(conn);
        db.data.timelines[id] = {
          createdAtMs: now,
          failMessage:
            serviceRegion !== cluster.region.regionId
              ? `The endpoint service ${serviceName} is in ${serviceRegion}, but the cluster is in ${cluster.region.regionId}. Create the endpoint service in ${cluster.region.regionId} and try again.`
              : undefined,
        };
        return json<PrivateLinkConnection>(conn);
      }),
    ),

    http.get(
      `${PLC}/:plcId`,
      route('getConnection', ({ params }) =>
        json<PrivateLinkConnection>(withDomains(connectionOr404(clusterOr404(params.clusterId), params.plcId))),
      ),
    ),

    http.delete(
      `${PLC}/:plcId`,
      route('deleteConnection', ({ params }) => {
        const cluster = clusterOr404(params.clusterId);
        const c = connectionOr404(cluster, params.plcId);
        if (c.state === 'DELETING') throw new HttpFailure(409, 'the private link connection is already being deleted');
        const id = c.privateLinkConnectionId!;
        c.state = 'DELETING';
        c.updateTime = new Date().toISOString();
        db.data.timelines[id] = { ...(db.data.timelines[id] ?? { createdAtMs: 0 }), deletingSinceMs: Date.now() };
        return json<PrivateLinkConnection>(c);
      }),
    ),

    http.post(
      `${PLC}/:plcId\\:attachDomains`,
      route('attachDomains', async ({ request, params }) => {
        const cluster = clusterOr404(params.clusterId);
        const c = connectionOr404(cluster, params.plcId);
        const body = await readJson(request, attachDomainsRequestSchema);
        const { type } = body.attachDomain;
        let uniqueName = body.attachDomain.uniqueName ?? '';
        const field = 'attachDomain.uniqueName';
        if (type !== 'TIDBCLOUD_MANAGED' && type !== 'CONFLUENT')
          throw new HttpFailure(400, `unknown domain type ${type}`, [{ field: 'attachDomain.type', description: 'must be TIDBCLOUD_MANAGED or CONFLUENT' }]);
        if (type === 'CONFLUENT' && c.type !== 'AWS_ENDPOINT_SERVICE')
          throw new HttpFailure(400, 'Confluent Cloud domains can only be attached to an AWS Endpoint Service connection', [
            { field: 'attachDomain.type', description: 'not supported for this connection type' },
          ]);
        if (c.state !== 'ACTIVE') throw new HttpFailure(409, `domains can only be attached to an ACTIVE connection (this one is ${c.state})`);
        if (type === 'TIDBCLOUD_MANAGED') {
          if (!uniqueName && body.validateOnly) uniqueName = randomId(26);
          else if (!TIDB_UNIQUE_NAME_RE.test(uniqueName))
            throw new HttpFailure(400, 'uniqueName must be the 26-character name from the dry run', [{ field, description: 'must be 26 lowercase letters or digits' }]);
        } else {
          const problem = confluentUniqueNameProblem(uniqueName, cluster.region.regionId);
          if (problem) throw new HttpFailure(400, text(problem), [{ field, description: text(problem) }]);
        }
        if (db.data.attachDomains.some((a) => a.privateLinkConnectionId === c.privateLinkConnectionId && a.type === type && a.uniqueName === uniqueName))
          throw new HttpFailure(409, `domains with unique name ${uniqueName} are already attached to this connection`);
        const azIds = c.awsEndpointService?.availabilityZoneIds ?? c.alicloudEndpointService?.availabilityZoneIds ?? zonesFor(cluster).azIds;
        const attach: AttachDomain = {
          attachDomainId: body.validateOnly ? undefined : `ad-${randomId(16)}`,
          clusterId: cluster.clusterId,
          privateLinkConnectionId: c.privateLinkConnectionId,
          type,
          uniqueName,
          domains: generateDomains(type, uniqueName, cluster, azIds),
          createdBy: USER,
          createTime: new Date().toISOString(),
        };
        if (!body.validateOnly) db.data.attachDomains.push(attach);
        return json<AttachDomain>(attach);
      }),
    ),

    http.post(
      `${PLC}/:plcId\\:detachDomains`,
      route('detachDomains', async ({ request, params }) => {
        const cluster = clusterOr404(params.clusterId);
        const c = connectionOr404(cluster, params.plcId);
        const { attachDomainId } = await readJson(request, detachDomainsRequestSchema);
        const found = db.data.attachDomains.find((a) => a.privateLinkConnectionId === c.privateLinkConnectionId && a.attachDomainId === attachDomainId);
        if (!found) throw new HttpFailure(404, `attached domains ${attachDomainId} not found on this connection`);
        db.data.attachDomains = db.data.attachDomains.filter((a) => a !== found);
        return json<AttachDomain>(found);
      }),
    ),
  ];
}
