import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, ALICLOUD_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import {
  invalidAliService,
  invalidAwsService,
  invalidConfluentName,
  invalidDisplayName,
  validAliService,
  validAwsService,
  validConfluentName,
  validDisplayName,
} from '@/test/arbitraries';
import { createFormSchema } from '../create/create-form-schema';
import { createConnection } from './create-connection';
import { attachDomains } from './attach-domains';
import type { ConnectionType } from '@/contract/private-link';
import { confluentUniqueNameProblem, displayNameProblem } from '@/contract/rules';
import { endpointServiceNameProblem } from '@/contract/providers';

const RUNS = 250;
let tried = 0;
const count = <T,>(arb: fc.Arbitrary<T>) => arb.map((v) => (tried++, v));

afterAll(() => {
  console.info(`property tests: ${tried} generated inputs tried`);
});

describe('every form field accepts a value only when it is well-formed', () => {
  it('Private Link Connection Name: valid ones pass', () => {
    fc.assert(fc.property(count(validDisplayName), (v) => displayNameProblem(v) === undefined), { numRuns: RUNS });
  });
  it('Private Link Connection Name: malformed ones (empty, blank, long, Unicode, control, HTML, symbols) fail, in the form too', () => {
    const schema = createFormSchema('AWS_ENDPOINT_SERVICE');
    fc.assert(
      fc.property(count(invalidDisplayName), (v) => {
        expect(displayNameProblem(v)).toBeDefined();
        const parsed = schema.shape.displayName.safeParse(v);
        // The form trims: whatever it accepts is well-formed once trimmed.
        if (parsed.success) expect(displayNameProblem(parsed.data)).toBeUndefined();
        else expect(parsed.success).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  for (const [type, valid, invalid] of [
    ['AWS_ENDPOINT_SERVICE', validAwsService, invalidAwsService],
    ['ALICLOUD_ENDPOINT_SERVICE', validAliService, invalidAliService],
  ] as const) {
    it(`Endpoint Service Name (${type}): valid ones pass`, () => {
      fc.assert(fc.property(count(valid), (v) => endpointServiceNameProblem(type, v) === undefined), { numRuns: RUNS });
    });
    it(`Endpoint Service Name (${type}): wrong prefix, region, id length, other provider, Unicode and control characters fail`, () => {
      fc.assert(
        fc.property(count(invalid), (v) => {
          expect(endpointServiceNameProblem(type, v)).toBeDefined();
          const parsed = createFormSchema(type).shape.endpointServiceName.safeParse(v);
          if (parsed.success) expect(endpointServiceNameProblem(type, parsed.data)).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('Confluent unique name: valid in the cluster region pass, the rest fail', () => {
    fc.assert(fc.property(count(validConfluentName('us-east-1')), (v) => confluentUniqueNameProblem(v, 'us-east-1') === undefined), { numRuns: RUNS });
    fc.assert(
      fc.property(count(invalidConfluentName('us-east-1', 'eu-west-1')), (v) => confluentUniqueNameProblem(v, 'us-east-1') !== undefined),
      { numRuns: RUNS },
    );
  });
});

describe('no invalid value reaches the API', () => {
  const clusterOf: Record<ConnectionType, string> = { AWS_ENDPOINT_SERVICE: AWS_CLUSTER_ID, ALICLOUD_ENDPOINT_SERVICE: ALICLOUD_CLUSTER_ID };

  it('Create: only values the form accepts are sent, and the mock finds every one of them valid', async () => {
    let sent = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<ConnectionType>('AWS_ENDPOINT_SERVICE', 'ALICLOUD_ENDPOINT_SERVICE'),
        count(fc.oneof(validDisplayName, invalidDisplayName)),
        fc.boolean(),
        async (type, displayName, validService) => {
          const service = fc.sample(
            type === 'AWS_ENDPOINT_SERVICE' ? (validService ? validAwsService : invalidAwsService) : validService ? validAliService : invalidAliService,
            1,
          )[0]!;
          tried++;
          const parsed = createFormSchema(type).safeParse({ displayName: `${displayName}`, endpointServiceName: service });
          if (!parsed.success) return;
          accepted++;
          sent++;
          db.reset();
          // Every value the form accepts, the API accepts: the create must succeed.
          const created = await createConnection({ clusterId: clusterOf[type], type, ...parsed.data });
          expect(created).toMatchObject({ displayName: parsed.data.displayName, type });
        },
      ),
      { numRuns: 300 },
    );
    const creates = db.requests.filter((r) => r.endpoint === 'createConnection');
    expect(creates).toHaveLength(sent);
    expect(accepted).toBeGreaterThan(20);
    const invalidReached = creates.filter((r) => {
      const body = JSON.parse(r.body!).privateLinkConnection;
      const type = body.type as ConnectionType;
      const name = (body.awsEndpointService ?? body.alicloudEndpointService).name;
      return displayNameProblem(body.displayName) !== undefined || endpointServiceNameProblem(type, name) !== undefined;
    });
    console.info(`Create: ${creates.length} requests reached the API, ${invalidReached.length} with invalid data`);
    expect(invalidReached).toHaveLength(0);
  });

  // Real names written by hand, independently of the rules (src/contract/rules.ts and providers):
  // AWS's documented endpoint service shape (vpce-svc- and 17 hex digits) and Alibaba Cloud
  // PrivateLink's (epsrv- and 20 lower-case letters and digits), in their own regions.
  const REAL: [ConnectionType, string, string][] = [
    ['AWS_ENDPOINT_SERVICE', 'orders-db', 'com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc'],
    ['AWS_ENDPOINT_SERVICE', 'Kafka prod', 'com.amazonaws.vpce.us-east-1.vpce-svc-01234567890abcdef'],
    ['AWS_ENDPOINT_SERVICE', 'analytics_2024', 'com.amazonaws.vpce.eu-west-1.vpce-svc-0a1b2c3d4e5f60718'],
    ['AWS_ENDPOINT_SERVICE', 'rds.primary', 'com.amazonaws.vpce.ap-southeast-1.vpce-svc-0f9e8d7c6b5a43210'],
    ['AWS_ENDPOINT_SERVICE', 'a', 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'mysql-sink', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2w6p4hd8dk0zm1iql'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'Kafka on Alibaba', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4nbe5cxxhxc9rhaa7mq'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'hz-orders', 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1gkxm6yu0k5d2v9ttn'],
  ];
  it.each(REAL)('Create with real values (%s, %s): the form accepts them and the create succeeds', async (type, displayName, endpointServiceName) => {
    const parsed = createFormSchema(type).safeParse({ displayName, endpointServiceName });
    expect(parsed.success).toBe(true);
    const created = await createConnection({ clusterId: clusterOf[type], type, displayName, endpointServiceName });
    expect(created).toMatchObject({ displayName, state: 'CREATING' });
  });

  it('the mock rejects malformed input sent straight to the API (the client check bypassed)', async () => {
    await fc.assert(
      fc.asyncProperty(count(invalidDisplayName), count(invalidAwsService), async (name, service) => {
        const res = await fetch(`http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ privateLinkConnection: { displayName: name, type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: service } } }),
        });
        expect(res.status).toBe(400);
      }),
      { numRuns: 200 },
    );
    expect(db.data.connections).toHaveLength(2);
  });

  it('Attach (Confluent): the mock rejects malformed unique names', async () => {
    const active = db.data.connections.find((c) => c.state === 'ACTIVE')!;
    await fc.assert(
      fc.asyncProperty(count(invalidConfluentName('us-east-1', 'ap-south-1')), async (uniqueName) => {
        const error = await attachDomains({
          clusterId: AWS_CLUSTER_ID,
          connectionId: active.privateLinkConnectionId!,
          type: 'CONFLUENT',
          uniqueName,
        }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toMatchObject({ status: 400 });
      }),
      { numRuns: 200 },
    );
    expect(db.data.attachDomains).toHaveLength(1);
  });
});
