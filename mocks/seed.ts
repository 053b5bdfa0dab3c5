import type { Cluster } from '@/contract/clusters';
import type { Changefeed } from '@/contract/changefeeds';
import type { Migration } from '@/contract/migrations';
import type { AttachDomain, PrivateLinkConnection } from '@/contract/private-link';
import type { Project } from '@/contract/projects';

export const AWS_CLUSTER_ID = '1379661944646413143';
export const ALICLOUD_CLUSTER_ID = '1379661944646413144';
export const SEED_ORG_ID = '1372813089187041280';
export const SEED_PROJECT_ID = '1372813089191121286';
export const SEED_OTHER_PROJECT_ID = '1372813089191121307';
/** Labels carry the IDs of the cluster's organization and project (cluster.openapi.yaml). */
const labels = { 'tidb.cloud/organization': SEED_ORG_ID, 'tidb.cloud/project': SEED_PROJECT_ID };
const otherLabels = { 'tidb.cloud/organization': SEED_ORG_ID, 'tidb.cloud/project': SEED_OTHER_PROJECT_ID };

export const seedClusters: Cluster[] = [
  {
    name: `clusters/${AWS_CLUSTER_ID}`,
    clusterId: AWS_CLUSTER_ID,
    displayName: 'Cluster0',
    region: { name: 'regions/aws-us-east-1', regionId: 'aws-us-east-1', cloudProvider: 'aws', displayName: 'N. Virginia (us-east-1)' },
    state: 'ACTIVE',
    labels,
    createTime: '2026-09-02T08:14:00Z',
  },
  {
    name: `clusters/${ALICLOUD_CLUSTER_ID}`,
    clusterId: ALICLOUD_CLUSTER_ID,
    displayName: 'Cluster1',
    region: {
      name: 'regions/alicloud-ap-southeast-1',
      regionId: 'alicloud-ap-southeast-1',
      cloudProvider: 'alicloud',
      displayName: 'Singapore (ap-southeast-1)',
    },
    state: 'ACTIVE',
    labels: otherLabels,
    createTime: '2026-10-11T03:40:00Z',
  },
];

export const SEED_ACTIVE_ID = 'plc-4mzq8r2t6w1y3b5d7f9h';
export const SEED_PENDING_ID = 'plc-9k2m4p6r8t0v2x4z6b8d';

/** A valid Create request body for a new connection on the AWS cluster (tests that create over HTTP). */
export const createRequestBody = (displayName: string, extra: object = {}) => ({
  privateLinkConnection: {
    clusterId: AWS_CLUSTER_ID,
    displayName,
    type: 'AWS_ENDPOINT_SERVICE',
    awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789' },
    ...extra,
  },
});

export const seedConnections: PrivateLinkConnection[] = [
  {
    privateLinkConnectionId: SEED_ACTIVE_ID,
    clusterId: AWS_CLUSTER_ID,
    displayName: 'orders-rds',
    type: 'AWS_ENDPOINT_SERVICE',
    awsEndpointService: {
      name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718',
      region: 'us-east-1',
      endpointId: 'vpce-0f1e2d3c4b5a69788',
      availabilityZoneIds: ['use1-az1', 'use1-az2', 'use1-az4'],
    },
    state: 'ACTIVE',
    createdBy: 'alice@acme.example',
    createTime: '2026-11-02T09:30:00Z',
    updateTime: '2026-11-02T09:41:12Z',
  },
  {
    privateLinkConnectionId: SEED_PENDING_ID,
    clusterId: AWS_CLUSTER_ID,
    displayName: 'kafka-events',
    type: 'AWS_ENDPOINT_SERVICE',
    awsEndpointService: {
      name: 'com.amazonaws.vpce.us-east-1.vpce-svc-07f6e5d4c3b2a1908',
      region: 'us-east-1',
      endpointId: 'vpce-08a7b6c5d4e3f2019',
    },
    state: 'PENDING_ACCEPTANCE',
    createdBy: 'bob@acme.example',
    createTime: '2026-11-20T14:05:00Z',
    updateTime: '2026-11-20T14:06:30Z',
  },
];

/** An Active connection of the Alibaba Cloud cluster, not seeded: tests and stories add it (a fresh copy each call). */
export const alicloudActiveConnection = (): PrivateLinkConnection => ({
  privateLinkConnectionId: 'plc-ali0000000000000001',
  clusterId: ALICLOUD_CLUSTER_ID,
  displayName: 'ali-rds',
  type: 'ALICLOUD_ENDPOINT_SERVICE',
  alicloudEndpointService: { name: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef' },
  state: 'ACTIVE',
  createTime: '2026-11-20T00:00:00Z',
});

export const seedAttachDomains: AttachDomain[] = [
  {
    attachDomainId: 'ad-3c5e7g9i1k3m5o7q',
    clusterId: AWS_CLUSTER_ID,
    privateLinkConnectionId: SEED_ACTIVE_ID,
    type: 'TIDBCLOUD_MANAGED',
    uniqueName: 'dvs6nl5jgveztmla3pxkxgh76i',
    domains: ['use1-az1', 'use1-az2', 'use1-az4'].map((az) => ({
      name: `*.${az}.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com`,
      state: 'ACTIVE',
    })),
    createdBy: 'alice@acme.example',
    createTime: '2026-11-02T10:02:00Z',
  },
];

export const SEED_MYSQL_CHANGEFEED_ID = 'cfd-7h2k9m4p1r6t3w8y';
export const SEED_KAFKA_CHANGEFEED_ID = 'cfd-2b5d8f1h4j7l0n3q';

/** Changefeeds of Cluster0 whose sinks go through `orders-rds`; `kafka-events` and Cluster1 carry none. */
export const seedChangefeeds: Changefeed[] = [
  {
    changefeedId: SEED_MYSQL_CHANGEFEED_ID,
    clusterId: AWS_CLUSTER_ID,
    displayName: 'orders-to-rds',
    state: 'RUNNING',
    sink: {
      type: 'MYSQL',
      mysql: {
        network: { networkType: 'PRIVATE_LINK', privateLink: { privateLinkConnectionId: SEED_ACTIVE_ID, port: 3306 } },
        authentication: { userName: 'cdc_writer', password: '********', enableTls: true },
      },
    },
    filter: { filterRule: ['orders.*'], mode: 'IGNORE_NOT_SUPPORT_TABLE' },
    startPosition: { mode: 'FROM_NOW' },
    createTime: '2026-11-03T08:00:00Z',
    updateTime: '2026-11-03T08:02:10Z',
  },
  {
    changefeedId: SEED_KAFKA_CHANGEFEED_ID,
    clusterId: AWS_CLUSTER_ID,
    displayName: 'orders-to-kafka',
    state: 'PAUSED',
    sink: {
      type: 'KAFKA',
      kafka: { network: { networkType: 'PRIVATE_LINK', privateLink: { privateLinkConnectionId: SEED_ACTIVE_ID, port: 9092 } } },
    },
    filter: { filterRule: ['orders.*'], mode: 'IGNORE_NOT_SUPPORT_TABLE' },
    startPosition: { mode: 'FROM_NOW' },
    createTime: '2026-11-05T12:30:00Z',
    updateTime: '2026-11-12T16:45:00Z',
  },
];

/** The organization's projects (the account API): Cluster0 is in `Production`, Cluster1 in `Analytics`. */
export const seedProjects: Project[] = [
  { id: SEED_PROJECT_ID, name: 'Production', org_id: SEED_ORG_ID, cluster_count: 1 },
  { id: SEED_OTHER_PROJECT_ID, name: 'Analytics', org_id: SEED_ORG_ID, cluster_count: 1 },
];

export const SEED_MIGRATION_ID = 'mig-5q8t1w4z7c0f3i6l';

/** A migration is stored with the cluster it writes to (the API's Migration carries no cluster ID). */
export interface StoredMigration {
  clusterId: string;
  migration: Migration;
}

/** One running migration on Cluster0 whose MySQL source is reached through `orders-rds`. No password: it is write-only. */
export const seedMigrations: StoredMigration[] = [
  {
    clusterId: AWS_CLUSTER_ID,
    migration: {
      migrationId: SEED_MIGRATION_ID,
      displayName: 'orders-from-rds',
      state: 'RUNNING',
      createTime: '2026-11-06T10:15:00Z',
      subTasks: [
        {
          source: {
            sourceType: 'AWS_RDS_MYSQL',
            connProfile: { connType: 'PRIVATE_LINK', endpointId: SEED_ACTIVE_ID, host: 'orders-db.cluster-c9x8y7z6w5v4.us-east-1.rds.amazonaws.com', port: 3306, user: 'dm_reader' },
          },
        },
      ],
    },
  },
];
