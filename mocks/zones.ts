import { cloudRegionCode, type Cluster } from '@/contract/clusters';

/** TiDB Cloud's account, as the zones call answers it. */
export const AWS_ACCOUNT_ID = '380838443567';
export const ALICLOUD_ACCOUNT_ID = '5302480416573984';

const AWS_AZ_IDS: Record<string, string[]> = {
  'us-east-1': ['use1-az1', 'use1-az2', 'use1-az4'],
  'us-west-2': ['usw2-az1', 'usw2-az2', 'usw2-az3'],
  'eu-central-1': ['euc1-az1', 'euc1-az2', 'euc1-az3'],
  'ap-southeast-1': ['apse1-az1', 'apse1-az2', 'apse1-az3'],
  'ap-northeast-1': ['apne1-az1', 'apne1-az2', 'apne1-az4'],
};

export function zonesFor(cluster: Cluster): { accountId: string; azIds: string[] } {
  const region = cloudRegionCode(cluster.region);
  if (cluster.region.cloudProvider === 'alicloud') {
    return { accountId: ALICLOUD_ACCOUNT_ID, azIds: [`${region}a`, `${region}b`, `${region}c`] };
  }
  return { accountId: AWS_ACCOUNT_ID, azIds: AWS_AZ_IDS[region] ?? [1, 2, 3].map((n) => `${abbreviate(region)}-az${n}`) };
}

/** `us-east-1` → `use1`, `ap-southeast-1` → `apse1` (AWS's AZ ID prefix). */
function abbreviate(region: string): string {
  const [geo = '', dir = '', num = ''] = region.split('-');
  const d = dir.replace('north', 'n').replace('south', 's').replace('east', 'e').replace('west', 'w').replace('central', 'c');
  return `${geo}${d}${num}`;
}
