import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, seedClusters } from '@mocks/seed';
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
import { endpointServiceNameProblem, PROVIDERS, providersForCloud } from '@/contract/providers';
import { loadSpec, requestProblems } from '@/contract/openapi/validator';

const RUNS = 250;
/** Hand-written generators per registry type (independent of its patterns): valid and malformed endpoint service names. */
const SERVICES: Record<ConnectionType, readonly [fc.Arbitrary<string>, fc.Arbitrary<string>]> = {
  AWS_ENDPOINT_SERVICE: [validAwsService, invalidAwsService],
  ALICLOUD_ENDPOINT_SERVICE: [validAliService, invalidAliService],
};
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

  for (const type of Object.keys(PROVIDERS) as ConnectionType[]) {
    const [valid, invalid] = SERVICES[type];
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
  const TYPES = Object.keys(PROVIDERS) as ConnectionType[];
  /** A seeded cluster on each type's cloud: a type added to the registry needs one in mocks/seed.ts. */
  const clusterOf = Object.fromEntries(
    TYPES.map((type) => [type, seedClusters.find((c) => providersForCloud(String(c.region.cloudProvider)).some((p) => p.type === type))?.clusterId ?? `no seeded cluster on ${PROVIDERS[type].cloud}`]),
  ) as Record<ConnectionType, string>;
  it('has a seeded cluster for every type of the registry', () => {
    for (const type of TYPES) expect(clusterOf[type], type).toMatch(/^\d+$/);
  });
  beforeAll(loadSpec, 60_000);

  /**
   * Two independent opinions: the console's form (src/contract/rules.ts and the provider registry)
   * and the mock's server rules (mocks/rules.ts, mocks/clouds.ts: the spec and the clouds' docs).
   * What the form accepts is sent through the client and must be accepted; what it refuses is sent
   * straight to the mock, and where the mock accepts it, the difference must be one of these,
   * each a place where the form is knowingly stricter than the API promises:
   */
  const EXPLAINED: { why: string; applies: (type: ConnectionType, displayName: string, service: string) => boolean }[] = [
    {
      // The spec says only `displayName: string`: the form asks for a name (1–64 characters, one line) so the list can show it.
      why: 'display name: the form’s own limits, the spec sets none',
      applies: (_, displayName) => displayNameProblem(displayName) !== undefined,
    },
    {
      // Alibaba Cloud documents the `epsrv-` prefix, not the ID's length: the form takes 8–32 characters, the mock any.
      why: 'Alibaba Cloud service ID length: the form’s bounds, undocumented',
      applies: (type, _, service) => type === 'ALICLOUD_ENDPOINT_SERVICE' && /\.epsrv-[a-z0-9]+$/.test(service) && !/\.epsrv-[a-z0-9]{8,32}$/.test(service),
    },
  ];

  /** Compares the form (`formAccepts`) with the mock over generated Create input; returns the findings. */
  async function compareWithMock(formAccepts: (type: ConnectionType, displayName: string, service: string) => { displayName: string; endpointServiceName: string } | undefined) {
    const findings: string[] = [];
    const explained: Record<string, number> = {};
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        count(fc.oneof(validDisplayName, invalidDisplayName)),
        fc.boolean(),
        fc.nat(),
        async (type, displayName, validService, seed) => {
          const [valid, invalid] = SERVICES[type];
          const service = fc.sample(validService ? valid : invalid, { numRuns: 1, seed })[0]!;
          tried++;
          db.reset();
          const accepted = formAccepts(type, displayName, service);
          if (accepted) {
            sent++;
            const created = await createConnection({ clusterId: clusterOf[type], type, ...accepted }).catch((e: unknown) => e);
            if (!(created as { type?: string }).type) findings.push(`form sends, mock refuses: ${type} ${JSON.stringify(accepted)}`);
            return;
          }
          const res = await fetch(`http://localhost:3000/v1beta1/clusters/${clusterOf[type]}/privateLinkConnections`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              privateLinkConnection: { clusterId: clusterOf[type], displayName, type, [PROVIDERS[type].serviceField]: { name: service } },
            }),
          });
          if (res.status === 400) return;
          const why = EXPLAINED.find((e) => e.applies(type, displayName, service))?.why;
          if (why) explained[why] = (explained[why] ?? 0) + 1;
          else findings.push(`form refuses, mock accepts (${res.status}): ${type} ${JSON.stringify([displayName, service])}`);
        },
      ),
      { numRuns: 300 },
    );
    return { findings, explained, sent };
  }

  const form = (type: ConnectionType, displayName: string, endpointServiceName: string) => {
    const parsed = createFormSchema(type).safeParse({ displayName, endpointServiceName });
    return parsed.success ? parsed.data : undefined;
  };

  it('Create: the form and the mock agree on every value, but where the form is knowingly stricter', async () => {
    const { findings, explained, sent } = await compareWithMock(form);
    console.info(`Create: ${sent} form-accepted requests sent; the mock accepted, of the form's refusals: ${JSON.stringify(explained)}`);
    expect(findings).toEqual([]);
    expect(sent).toBeGreaterThan(20);
    // every request the form let through was sent, and none that it refused
    expect(db.requests.filter((r) => r.endpoint === 'createConnection').length).toBeGreaterThanOrEqual(sent);
  });

  it('Create: a form that lets a malformed endpoint service through is caught by the mock (the two can disagree)', async () => {
    // as if the form's AWS rule took any hex length after `vpce-svc-`
    const lenient = (type: ConnectionType, displayName: string, service: string) =>
      form(type, displayName, service) ??
      (type === 'AWS_ENDPOINT_SERVICE' && /^com\.amazonaws\.vpce\.[a-z0-9-]+\.vpce-svc-[0-9a-f]+$/.test(service) && !displayNameProblem(displayName)
        ? { displayName: displayName.trim(), endpointServiceName: service }
        : undefined);
    const { findings } = await compareWithMock(lenient);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatch(/^form sends, mock refuses: AWS_ENDPOINT_SERVICE .*vpce-svc-/);
  });

  it('Create: the mock accepts what the spec accepts and the form refuses (a 65-character name, a control character)', async () => {
    for (const displayName of ['x'.repeat(65), 'tab\there']) {
      expect(createFormSchema('AWS_ENDPOINT_SERVICE').safeParse({ displayName, endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789' }).success).toBe(false);
      const body = { privateLinkConnection: { clusterId: AWS_CLUSTER_ID, displayName, type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789' } } };
      const url = `http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
      expect(requestProblems('POST', url, body)).toEqual([]);
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ displayName });
    }
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

  it('the mock refuses malformed AWS endpoint service names sent straight to the API (the client check bypassed)', async () => {
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

  it('Attach (Confluent): the form and the mock agree on unique names, but where the form is knowingly stricter', async () => {
    const active = db.data.connections.find((c) => c.state === 'ACTIVE')!;
    const findings: string[] = [];
    let lengthOnly = 0;
    await fc.assert(
      fc.asyncProperty(count(fc.oneof(validConfluentName('us-east-1'), invalidConfluentName('us-east-1', 'ap-south-1'))), async (uniqueName) => {
        const formAccepts = confluentUniqueNameProblem(uniqueName, 'us-east-1') === undefined;
        const error = await attachDomains({ clusterId: AWS_CLUSTER_ID, connectionId: active.privateLinkConnectionId!, type: 'CONFLUENT', uniqueName, validateOnly: true }).then(
          () => undefined,
          (e: unknown) => e,
        );
        const mockAccepts = error === undefined;
        if (formAccepts === mockAccepts) return;
        // Confluent shows the network ID; its length is the form's own bound (6–32), not a documented one.
        if (!formAccepts && /^[a-z0-9]+\.us-east-1$/.test(uniqueName)) lengthOnly++;
        else findings.push(`${formAccepts ? 'form sends, mock refuses' : 'form refuses, mock accepts'}: ${JSON.stringify(uniqueName)} ${JSON.stringify(error)}`);
      }),
      { numRuns: 200 },
    );
    console.info(`Attach (Confluent): the mock accepted ${lengthOnly} network IDs the form finds too short or too long`);
    expect(findings).toEqual([]);
    expect(db.data.attachDomains).toHaveLength(1);
  });
});
