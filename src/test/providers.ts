import fc from 'fast-check';
import { seedClusters } from '@mocks/seed';
import { cloudRegionCode } from '@/contract/clusters';
import type { ConnectionType, DomainType } from '@/contract/private-link';
import { PROVIDERS, providersForCloud } from '@/contract/providers';
import type { DOMAIN_KINDS } from '@/contract/providers/domains';
import { ALI_REGIONS, AWS_REGIONS, invalidAliService, invalidAwsService, invalidConfluentName, validAliService, validAwsService, validConfluentName } from './arbitraries';

/**
 * What the tests know of each registry type, written by hand (never from the registry's patterns,
 * which they check): the provider's own test fixtures. A type added to the registry does not compile
 * until it has a row here; every provider-neutral test reads this table and the registry.
 */
export interface ProviderFixture {
  /** Some of the cloud's region codes. */
  readonly regions: readonly string[];
  /** Well-formed endpoint service names. */
  readonly validService: fc.Arbitrary<string>;
  /** Malformed ones, of this provider's own kinds (the tests add the other providers' valid names). */
  readonly invalidService: fc.Arbitrary<string>;
  /** Real values written by hand: [display name, endpoint service name] the form and the API accept. */
  readonly real: readonly (readonly [string, string])[];
  /** Where the form is knowingly stricter than the API promises for this type's service names, and why. */
  readonly formStricter?: { readonly why: string; readonly applies: (service: string) => boolean };
}

export const PROVIDER_FIXTURES: Record<ConnectionType, ProviderFixture> = {
  // AWS's documented endpoint service shape: vpce-svc- and 17 hex digits (8 on older services).
  AWS_ENDPOINT_SERVICE: {
    regions: AWS_REGIONS,
    validService: validAwsService,
    invalidService: invalidAwsService,
    real: [
      ['orders-db', 'com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc'],
      ['Kafka prod', 'com.amazonaws.vpce.us-east-1.vpce-svc-01234567890abcdef'],
      ['analytics_2024', 'com.amazonaws.vpce.eu-west-1.vpce-svc-0a1b2c3d4e5f60718'],
      ['rds.primary', 'com.amazonaws.vpce.ap-southeast-1.vpce-svc-0f9e8d7c6b5a43210'],
      ['a', 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0'],
    ],
  },
  // Alibaba Cloud PrivateLink's: epsrv- and 20 lower-case letters and digits.
  ALICLOUD_ENDPOINT_SERVICE: {
    regions: ALI_REGIONS,
    validService: validAliService,
    invalidService: invalidAliService,
    real: [
      ['mysql-sink', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2w6p4hd8dk0zm1iql'],
      ['Kafka on Alibaba', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4nbe5cxxhxc9rhaa7mq'],
      ['hz-orders', 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1gkxm6yu0k5d2v9ttn'],
    ],
  },
};

/** Domain types whose unique name the user enters (DOMAIN_KINDS). */
export type EnteredDomainType = { [T in DomainType]: (typeof DOMAIN_KINDS)[T]['uniqueName'] extends 'entered' ? T : never }[DomainType];

/** Hand-written unique names of each entered domain type, for a cluster region. */
export const ENTERED_NAME_FIXTURES: Record<
  EnteredDomainType,
  {
    readonly valid: (region: string) => fc.Arbitrary<string>;
    readonly invalid: (region: string, otherRegion: string) => fc.Arbitrary<string>;
    /** Where the form is knowingly stricter than the API promises, and why (none today). */
    readonly formStricter?: { readonly why: string; readonly applies: (uniqueName: string, region: string) => boolean };
  }
> = {
  CONFLUENT: {
    valid: validConfluentName,
    invalid: invalidConfluentName,
  },
};

/** Every registry type. */
export const TYPES = Object.keys(PROVIDERS) as ConnectionType[];

/** The seeded cluster a test creates connections of `type` on, and its region (mocks/seed.ts has one per cloud of the registry). */
export function seededClusterFor(type: ConnectionType): { clusterId: string; region: string } | undefined {
  const cluster = seedClusters.find((c) => providersForCloud(String(c.region.cloudProvider)).some((p) => p.type === type));
  return cluster && { clusterId: cluster.clusterId, region: cloudRegionCode(cluster.region) };
}

/** Malformed service names for `type`: mostly its own kinds, sometimes another type's well-formed one. */
export const invalidServiceFor = (type: ConnectionType) =>
  fc.oneof(
    { arbitrary: PROVIDER_FIXTURES[type].invalidService, weight: 12 },
    ...TYPES.filter((other) => other !== type).map((other) => ({ arbitrary: PROVIDER_FIXTURES[other].validService, weight: 1 })),
  );
