import type { MessageKey } from '@/locales/en';
import type { ConnectionType } from '@/contract/private-link';

/** A rejected value: a message key (translated where it is shown) and its parameters. */
export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * Input rules shared by the form (client-side check) and the mock (the API never trusts the client).
 */

export const DISPLAY_NAME_MAX = 64;
/** Letters, digits, spaces, `-`, `_`, `.`; starts with a letter or digit; no space at either end. */
const DISPLAY_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9 _.-]*[A-Za-z0-9_.-])?$/;

export function displayNameProblem(value: string): Problem | undefined {
  if (value.length === 0) return { key: 'problem.name.empty' };
  if (value.length > DISPLAY_NAME_MAX) return { key: 'problem.name.tooLong', params: { max: DISPLAY_NAME_MAX } };
  if (!DISPLAY_NAME_RE.test(value)) return { key: 'problem.name.chars' };
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

export function endpointServiceNameProblem(type: ConnectionType, name: string): Problem | undefined {
  if (name.length === 0) return { key: 'problem.service.empty' };
  if (endpointServiceRegion(type, name)) return undefined;
  return { key: type === 'AWS_ENDPOINT_SERVICE' ? 'problem.service.aws' : 'problem.service.alicloud' };
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

export function confluentUniqueNameProblem(value: string, clusterRegion: string): Problem | undefined {
  if (value.length === 0) return { key: 'problem.confluent.empty' };
  const m = CONFLUENT_UNIQUE_NAME_RE.exec(value);
  if (!m) return { key: 'problem.confluent.format' };
  if (m[2] !== clusterRegion) return { key: 'problem.confluent.region', params: { clusterRegion, region: m[2]! } };
  return undefined;
}
