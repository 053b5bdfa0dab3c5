import type { ConnectionType } from './contract';

/**
 * Input rules shared by the form (client-side check) and the mock (the API never trusts the client).
 */

export const DISPLAY_NAME_MAX = 64;
/** Letters, digits, spaces, `-`, `_`, `.`; starts with a letter or digit; no space at either end. */
const DISPLAY_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9 _.-]*[A-Za-z0-9_.-])?$/;

export function displayNameProblem(value: string): string | undefined {
  if (value.length === 0) return 'Enter a name.';
  if (value.length > DISPLAY_NAME_MAX) return `Use at most ${DISPLAY_NAME_MAX} characters.`;
  if (!DISPLAY_NAME_RE.test(value))
    return 'Use letters, digits, spaces, hyphens (-), underscores (_) and dots (.), starting with a letter or digit.';
  return undefined;
}

const AWS_SERVICE_RE = /^com\.amazonaws\.vpce\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\.vpce-svc-[0-9a-f]{17}$/;
const ALICLOUD_SERVICE_RE = /^com\.aliyuncs\.privatelink\.([a-z]{2}-[a-z]+(?:-\d+)?)\.epsrv-[a-z0-9]{17,24}$/;

export const ENDPOINT_SERVICE_PLACEHOLDER: Record<ConnectionType, string> = {
  AWS_ENDPOINT_SERVICE: 'com.amazonaws.vpce.<region>.vpce-svc-xxxxxxxxxxxxxxxxx',
  ALICLOUD_ENDPOINT_SERVICE: 'com.aliyuncs.privatelink.<region>.epsrv-xxxxxxxxxxxxxxxxx',
};

/** The region an endpoint service name is in, or undefined when the name is not well-formed. */
export function endpointServiceRegion(type: ConnectionType, name: string): string | undefined {
  const m = (type === 'AWS_ENDPOINT_SERVICE' ? AWS_SERVICE_RE : ALICLOUD_SERVICE_RE).exec(name);
  return m?.[1];
}

export function endpointServiceNameProblem(type: ConnectionType, name: string): string | undefined {
  if (name.length === 0) return 'Enter the endpoint service name.';
  if (endpointServiceRegion(type, name)) return undefined;
  return type === 'AWS_ENDPOINT_SERVICE'
    ? 'Enter an AWS endpoint service name such as com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 (17 hexadecimal characters after vpce-svc-).'
    : 'Enter an Alibaba Cloud endpoint service name such as com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef (17 to 24 lowercase letters or digits after epsrv-).';
}

/** The one connection type offered for a cluster's cloud provider. */
export function connectionTypeForCloud(cloudProvider: string): ConnectionType | undefined {
  if (cloudProvider === 'aws') return 'AWS_ENDPOINT_SERVICE';
  if (cloudProvider === 'alicloud') return 'ALICLOUD_ENDPOINT_SERVICE';
  return undefined;
}

/** TiDB Cloud Managed unique names: 26 characters of `[a-z0-9]`, e.g. `dvs6nl5jgveztmla3pxkxgh76i`. */
export const TIDB_UNIQUE_NAME_RE = /^[a-z0-9]{26}$/;

/** Confluent Cloud Dedicated unique name as Confluent shows it: `<network-id>.<region>`, e.g. `domnprzqrog.us-east-1`. */
const CONFLUENT_UNIQUE_NAME_RE = /^([a-z0-9]{6,32})\.([a-z]{2}(?:-gov)?-[a-z]+-\d)$/;

export function confluentUniqueNameProblem(value: string, clusterRegion: string): string | undefined {
  if (value.length === 0) return 'Enter the unique name of your Confluent Cloud Dedicated cluster.';
  const m = CONFLUENT_UNIQUE_NAME_RE.exec(value);
  if (!m) return 'Enter the unique name as Confluent Cloud shows it: <network-id>.<region>, for example domnprzqrog.us-east-1.';
  if (m[2] !== clusterRegion) return `The Confluent Cloud network must be in ${clusterRegion}, the cluster's region (this one is in ${m[2]}).`;
  return undefined;
}
