import type { CloudProvider } from '@/contract/clusters';
import type { ConnectionType, CreateConnectionRequest, DomainType, PrivateLinkConnection } from '@/contract/private-link';

/**
 * The mock's own knowledge of each connection type, written from the published spec
 * (privatelink.openapi.yaml: which field carries the endpoint service, whether it has a `region`)
 * and the clouds' documented formats, never from the console's provider registry: the mock is a
 * second opinion, so the tests can catch the console being wrong.
 */

/** Every Create field but these carries one type's endpoint service (`awsEndpointService`, …). */
export type ServiceField = Exclude<keyof CreateConnectionRequest['privateLinkConnection'], 'clusterId' | 'displayName' | 'type'>;

/** How an ID the cloud issues looks (the mock makes new ones in this shape). */
interface IdShape {
  readonly prefix: string;
  readonly length: number;
  readonly alphabet: 'hex' | 'alnum';
}

export interface CloudType {
  readonly cloud: CloudProvider;
  readonly serviceField: ServiceField;
  /** The endpoint service name as the cloud documents it; the named group `region` is its region. */
  readonly serviceName: RegExp;
  readonly serviceExample: string;
  readonly serviceId: IdShape;
  readonly serviceNameOf: (region: string, serviceId: string) => string;
  /** The spec gives this type's endpoint service a `region` (default: the cluster's). */
  readonly serviceRegionField: boolean;
  readonly endpointId: IdShape;
  /** The cloud console's name, in the server's English messages. */
  readonly consoleName: string;
  /** The domain types TiDB Cloud attaches to this type, and the domains it creates for a unique name. */
  readonly domains: Partial<Record<DomainType, (uniqueName: string, azIds: readonly string[]) => string[]>>;
}

/**
 * AWS (docs.aws.amazon.com, VPC endpoint services): `com.amazonaws.vpce.<region>.vpce-svc-<id>`,
 * the ID hexadecimal in AWS's two resource ID lengths (8, and 17 since the longer IDs); regions
 * `<geo>-[<partition>-]<direction>-<n>` (`us-east-1`, `us-gov-west-1`, `eu-isoe-west-1`).
 * Alibaba Cloud (alibabacloud.com, PrivateLink): `com.aliyuncs.privatelink.<region>.epsrv-<id>`,
 * the ID lower-case letters and digits; regions `cn-hangzhou`, `ap-southeast-1`, `cn-shanghai-finance-1`.
 */
export const CLOUD_TYPES = {
  AWS_ENDPOINT_SERVICE: {
    cloud: 'aws',
    serviceField: 'awsEndpointService',
    serviceName: /^com\.amazonaws\.vpce\.(?<region>[a-z]{2}(?:-[a-z]+)+-\d+)\.vpce-svc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/,
    serviceExample: 'com.amazonaws.vpce.<region>.vpce-svc-<id>',
    serviceId: { prefix: 'vpce-svc-', length: 17, alphabet: 'hex' },
    serviceNameOf: (region, id) => `com.amazonaws.vpce.${region}.${id}`,
    serviceRegionField: true,
    endpointId: { prefix: 'vpce-0', length: 16, alphabet: 'hex' },
    consoleName: 'AWS',
    domains: {
      TIDBCLOUD_MANAGED: (u, azIds) => azIds.map((az) => `*.${az}.${u}.aws.plc.tidbcloud.com`),
      CONFLUENT: (u, azIds) => [`*.${u}.aws.confluent.cloud`, ...azIds.map((az) => `*.${az}.${u}.aws.confluent.cloud`)],
    },
  },
  ALICLOUD_ENDPOINT_SERVICE: {
    cloud: 'alicloud',
    serviceField: 'alicloudEndpointService',
    serviceName: /^com\.aliyuncs\.privatelink\.(?<region>[a-z]{2}(?:-[a-z0-9]+)+)\.epsrv-[a-z0-9]+$/,
    serviceExample: 'com.aliyuncs.privatelink.<region>.epsrv-<id>',
    serviceId: { prefix: 'epsrv-', length: 20, alphabet: 'alnum' },
    serviceNameOf: (region, id) => `com.aliyuncs.privatelink.${region}.${id}`,
    serviceRegionField: false,
    endpointId: { prefix: 'ep-', length: 20, alphabet: 'alnum' },
    consoleName: 'Alibaba Cloud',
    domains: { TIDBCLOUD_MANAGED: (u) => [`*.${u}.alicloud.plc.tidbcloud.com`] },
  },
} as const satisfies Record<ConnectionType, CloudType>;

const ENTRIES = Object.entries(CLOUD_TYPES) as [ConnectionType, CloudType][];

/** The connection types offered on a cluster's cloud (none, one or more). */
export const typesOn = (cloud: string): ConnectionType[] => ENTRIES.filter(([, t]) => t.cloud === cloud).map(([type]) => type);

/** What the mock knows of a type the API sent, or undefined for one it does not offer. */
export const cloudTypeOf = (type: string | undefined): CloudType | undefined => ENTRIES.find(([t]) => t === type)?.[1];

/** A connection's endpoint service, whichever field carries it. */
export function serviceOf(c: PrivateLinkConnection): NonNullable<PrivateLinkConnection[ServiceField]> | undefined {
  for (const [, t] of ENTRIES) if (c[t.serviceField]) return c[t.serviceField];
  return undefined;
}

/** The region of a well-formed endpoint service name of `type`, or undefined. */
export const serviceRegion = (type: ConnectionType, name: string): string | undefined => CLOUD_TYPES[type].serviceName.exec(name)?.groups?.region;
