import { cloudRegionCode, type Cluster } from '@/contract/clusters';
import type { ConnectionType } from '@/contract/private-link';
import { typesOn } from './clouds';

/** What the zones call answers: TiDB Cloud's account on the cloud and the zones of a region. */
interface Zones {
  readonly accountId: string;
  readonly azIds: (region: string) => string[];
}

const AWS_AZ_IDS: Record<string, string[]> = {
  'us-east-1': ['use1-az1', 'use1-az2', 'use1-az4'],
  'us-west-2': ['usw2-az1', 'usw2-az2', 'usw2-az3'],
  'eu-central-1': ['euc1-az1', 'euc1-az2', 'euc1-az3'],
  'ap-southeast-1': ['apse1-az1', 'apse1-az2', 'apse1-az3'],
  'ap-northeast-1': ['apne1-az1', 'apne1-az2', 'apne1-az4'],
};

/** `us-east-1` → `use1`, `ap-southeast-1` → `apse1` (AWS's AZ ID prefix). */
function abbreviate(region: string): string {
  const [geo = '', dir = '', num = ''] = region.split('-');
  const d = dir.replace('north', 'n').replace('south', 's').replace('east', 'e').replace('west', 'w').replace('central', 'c');
  return `${geo}${d}${num}`;
}

/**
 * The mock's zones data, one row a provider (a type added to mocks/clouds.ts does not compile until it
 * has one). One cloud, one TiDB Cloud account: the types of a cloud share its first row.
 */
const ZONES = {
  AWS_ENDPOINT_SERVICE: {
    accountId: '380838443567',
    azIds: (region) => AWS_AZ_IDS[region] ?? [1, 2, 3].map((n) => `${abbreviate(region)}-az${n}`),
  },
  ALICLOUD_ENDPOINT_SERVICE: {
    accountId: '5302480416573984',
    azIds: (region) => [`${region}a`, `${region}b`, `${region}c`],
  },
} as const satisfies Record<ConnectionType, Zones>;

/** The zones call's answer for a cluster; none on a cloud without a private link connection type here. */
export function zonesFor(cluster: Cluster): { accountId: string; azIds: string[] } {
  const [type] = typesOn(cluster.region.cloudProvider);
  if (!type) return { accountId: '', azIds: [] };
  const zones: Zones = ZONES[type];
  return { accountId: zones.accountId, azIds: zones.azIds(cloudRegionCode(cluster.region)) };
}
