import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { invalidDisplayName, validDisplayName, warnedDisplayName } from '@/test/arbitraries';
import { ENTERED_NAME_FIXTURES, invalidServiceFor, PROVIDER_FIXTURES, seededClusterFor, TYPES, type EnteredDomainType } from '@/test/providers';
import { createFormSchema } from '../create/create-form-schema';
import { createConnection } from './create-connection';
import { attachDomains } from './attach-domains';
import type { ConnectionType } from '@/contract/private-link';
import { displayNameProblem, displayNameWarning } from '@/contract/rules';
import { endpointServiceNameProblem, PROVIDERS } from '@/contract/providers';
import { DOMAIN_KINDS } from '@/contract/providers/domains';
import { uniqueNameProblem } from '@/contract/providers/unique-name';
import { loadSpec, requestProblems } from '@/contract/openapi/validator';

const RUNS = 250;
/** Hand-written generators per registry type (src/test/providers.ts, independent of its patterns): valid and malformed endpoint service names. */
const SERVICES = Object.fromEntries(TYPES.map((type) => [type, [PROVIDER_FIXTURES[type].validService, invalidServiceFor(type)] as const])) as Record<
  ConnectionType,
  readonly [fc.Arbitrary<string>, fc.Arbitrary<string>]
>;
/** Every entered domain type each registry type offers, in the region of its seeded cluster. */
const ENTERED = TYPES.flatMap((type) =>
  PROVIDERS[type].domains
    .filter((d) => DOMAIN_KINDS[d.type].uniqueName === 'entered')
    .map((d) => {
      const region = seededClusterFor(type)?.region ?? `no seeded cluster for ${type}`;
      const otherRegion = PROVIDER_FIXTURES[type].regions.find((r) => r !== region)!;
      return { type, domainType: d.type as EnteredDomainType, region, otherRegion };
    }),
);
let tried = 0;
const count = <T,>(arb: fc.Arbitrary<T>) => arb.map((v) => (tried++, v));

afterAll(() => {
  console.info(`property tests: ${tried} generated inputs tried`);
});

describe('every form field accepts a value only when it is well-formed', () => {
  it('Private Link Connection Name: valid ones pass', () => {
    fc.assert(fc.property(count(validDisplayName), (v) => displayNameProblem(v) === undefined), { numRuns: RUNS });
  });
  it('Private Link Connection Name: empty or blank ones fail, in the form too', () => {
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

  it('Private Link Connection Name: long ones and ones with control characters pass, with a warning; well-formed ones without', () => {
    fc.assert(fc.property(count(warnedDisplayName), (v) => displayNameProblem(v) === undefined && displayNameWarning(v) !== undefined), { numRuns: RUNS });
    fc.assert(fc.property(count(validDisplayName), (v) => displayNameWarning(v) === undefined), { numRuns: RUNS });
  });

  for (const type of TYPES) {
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

  it('offers an entered domain type somewhere in the registry (so the loop below tests something)', () => {
    expect(ENTERED.map((e) => `${e.type} ${e.domainType}`)).toContain('AWS_ENDPOINT_SERVICE CONFLUENT');
  });
  for (const { type, domainType, region, otherRegion } of ENTERED) {
    it(`${domainType} unique name on ${type}: valid in the cluster region (${region}) pass, the rest fail`, () => {
      const { valid, invalid } = ENTERED_NAME_FIXTURES[domainType];
      fc.assert(fc.property(count(valid(region)), (v) => uniqueNameProblem(type, domainType, v, region) === undefined), { numRuns: RUNS });
      fc.assert(fc.property(count(invalid(region, otherRegion)), (v) => uniqueNameProblem(type, domainType, v, region) !== undefined), { numRuns: RUNS });
    });
  }
});

describe('no invalid value reaches the API', () => {
  /** A seeded cluster on each type's cloud: a type added to the registry needs one in mocks/seed.ts. */
  const clusterOf = Object.fromEntries(TYPES.map((type) => [type, seededClusterFor(type)?.clusterId ?? `no seeded cluster on ${PROVIDERS[type].cloud}`])) as Record<
    ConnectionType,
    string
  >;
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
      // The spec says only `displayName: string`: the form asks for a name (not blank) so the list can show it.
      why: 'display name: the form’s own limits, the spec sets none',
      applies: (_, displayName) => displayNameProblem(displayName) !== undefined,
    },
    // each type's own (src/test/providers.ts)
    ...TYPES.flatMap((t) => {
      const stricter = PROVIDER_FIXTURES[t].formStricter;
      return stricter ? [{ why: stricter.why, applies: (type: ConnectionType, _: string, service: string) => type === t && stricter.applies(service) }] : [];
    }),
  ];

  /** Compares the form (`formAccepts`) with the mock over generated Create input; returns the findings. */
  async function compareWithMock(
    formAccepts: (type: ConnectionType, displayName: string, service: string) => { displayName: string; endpointServiceName: string } | undefined,
    types: readonly ConnectionType[] = TYPES,
  ) {
    const findings: string[] = [];
    const explained: Record<string, number> = {};
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...types),
        count(fc.oneof(validDisplayName, warnedDisplayName, invalidDisplayName)),
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
    // AWS requests only: with every type of the registry, the AWS draws that can disagree thin out as types are added
    const { findings } = await compareWithMock(lenient, ['AWS_ENDPOINT_SERVICE']);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatch(/^form sends, mock refuses: AWS_ENDPOINT_SERVICE .*vpce-svc-/);
  });

  it('Create: a name TiDB Cloud may refuse (65 characters, a control character) is said, not refused, and the mock, as the spec, accepts it', async () => {
    for (const displayName of ['x'.repeat(65), 'tab\there']) {
      expect(displayNameWarning(displayName)).toBeDefined();
      expect(createFormSchema('AWS_ENDPOINT_SERVICE').safeParse({ displayName, endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789' }).success).toBe(true);
      const body = { privateLinkConnection: { clusterId: AWS_CLUSTER_ID, displayName, type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789' } } };
      const url = `http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
      expect(requestProblems('POST', url, body)).toEqual([]);
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ displayName });
    }
  });

  // Real names written by hand, independently of the rules (src/contract/rules.ts and providers),
  // each in the cloud's documented shape and its own regions (src/test/providers.ts).
  const REAL: [ConnectionType, string, string][] = TYPES.flatMap((type) => PROVIDER_FIXTURES[type].real.map(([name, service]): [ConnectionType, string, string] => [type, name, service]));
  it('has real values for every type of the registry', () => {
    for (const type of TYPES) expect(REAL.filter(([t]) => t === type).length, type).toBeGreaterThan(0);
  });
  it.each(REAL)('Create with real values (%s, %s): the form accepts them and the create succeeds', async (type, displayName, endpointServiceName) => {
    const parsed = createFormSchema(type).safeParse({ displayName, endpointServiceName });
    expect(parsed.success).toBe(true);
    const created = await createConnection({ clusterId: clusterOf[type], type, displayName, endpointServiceName });
    expect(created).toMatchObject({ displayName, state: 'CREATING' });
  });

  it('the mock refuses malformed endpoint service names of every type sent straight to the API (the client check bypassed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), count(invalidDisplayName), fc.nat(), async (type, name, seed) => {
        const service = fc.sample(PROVIDER_FIXTURES[type].invalidService, { numRuns: 1, seed })[0]!;
        const res = await fetch(`http://localhost:3000/v1beta1/clusters/${clusterOf[type]}/privateLinkConnections`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ privateLinkConnection: { displayName: name, type, [PROVIDERS[type].serviceField]: { name: service } } }),
        });
        expect(res.status).toBe(400);
      }),
      { numRuns: 200 },
    );
    expect(db.data.connections).toHaveLength(2);
  });

  for (const { type, domainType, region, otherRegion } of ENTERED) {
    it(`Attach (${domainType} on ${type}): the form and the mock agree on unique names, but where the form is knowingly stricter`, async () => {
      const clusterId = clusterOf[type];
      const active = db.data.connections.find((c) => c.clusterId === clusterId && c.type === type && c.state === 'ACTIVE');
      expect(active, `a seeded ACTIVE ${type} connection`).toBeDefined();
      const { valid, invalid, formStricter } = ENTERED_NAME_FIXTURES[domainType];
      const before = db.data.attachDomains.length;
      const findings: string[] = [];
      let stricter = 0;
      await fc.assert(
        fc.asyncProperty(count(fc.oneof(valid(region), invalid(region, otherRegion))), async (uniqueName) => {
          const formAccepts = uniqueNameProblem(type, domainType, uniqueName, region) === undefined;
          const error = await attachDomains({ clusterId, connectionId: active!.privateLinkConnectionId!, type: domainType, uniqueName, validateOnly: true }).then(
            () => undefined,
            (e: unknown) => e,
          );
          const mockAccepts = error === undefined;
          if (formAccepts === mockAccepts) return;
          if (!formAccepts && formStricter?.applies(uniqueName, region)) stricter++;
          else findings.push(`${formAccepts ? 'form sends, mock refuses' : 'form refuses, mock accepts'}: ${JSON.stringify(uniqueName)} ${JSON.stringify(error)}`);
        }),
        { numRuns: 200 },
      );
      if (formStricter) console.info(`Attach (${domainType} on ${type}): the mock accepted ${stricter} the form refuses (${formStricter.why})`);
      expect(findings).toEqual([]);
      // dry runs only: nothing was attached
      expect(db.data.attachDomains).toHaveLength(before);
    });
  }
});
