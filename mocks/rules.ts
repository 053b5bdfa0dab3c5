import type { FieldViolation } from '@/contract/errors';

/**
 * What the mocked server refuses, in its own English (as TiDB Cloud would answer; the console
 * translates by field and code). The formats match the console's own checks today
 * (src/features/private-link/api/rules.ts): a request the form would let through is never refused.
 * TODO: read them from the provider registry once it lives in src/contract.
 */
const AWS_SERVICE = /^com\.amazonaws\.vpce\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\.vpce-svc-[0-9a-f]{17}$/;
const ALICLOUD_SERVICE = /^com\.aliyuncs\.privatelink\.([a-z]{2}-[a-z]+(?:-\d+)?)\.epsrv-[a-z0-9]{17,24}$/;
const DISPLAY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9 _.-]*[A-Za-z0-9_.-])?$/;
const CONFLUENT_UNIQUE_NAME = /^([a-z0-9]{6,32})\.([a-z]{2}(?:-gov)?-[a-z]+-\d)$/;
export const TIDB_UNIQUE_NAME = /^[a-z0-9]{26}$/;

export function displayNameViolation(field: string, value: string): FieldViolation | undefined {
  const description = !value.trim()
    ? 'display name must not be empty'
    : value.length > 64
      ? 'display name must be at most 64 characters'
      : !DISPLAY_NAME.test(value)
        ? 'display name may contain letters, digits, spaces, "-", "_" and "." and must start and end with a letter or digit'
        : undefined;
  return description ? { field, description } : undefined;
}

/** The region in an endpoint service name, or undefined when the name is malformed. */
export function serviceRegion(type: string, name: string): string | undefined {
  return (type === 'ALICLOUD_ENDPOINT_SERVICE' ? ALICLOUD_SERVICE : AWS_SERVICE).exec(name)?.[1];
}

export function serviceNameViolation(field: string, type: string, name: string | undefined): FieldViolation | undefined {
  if (!name) return { field, description: 'endpoint service name must not be empty' };
  if (serviceRegion(type, name)) return undefined;
  const shape =
    type === 'ALICLOUD_ENDPOINT_SERVICE'
      ? 'com.aliyuncs.privatelink.<region>.epsrv-<id>'
      : 'com.amazonaws.vpce.<region>.vpce-svc-<id>';
  return { field, description: `endpoint service name must look like ${shape}` };
}

/** A Confluent Cloud unique name `<network-id>.<region>`, in the cluster's region. */
export function confluentViolation(field: string, value: string, clusterRegion: string): FieldViolation | undefined {
  const m = CONFLUENT_UNIQUE_NAME.exec(value);
  if (!m) return { field, description: 'unique name must be <network-id>.<region>, as Confluent Cloud shows it' };
  if (m[2] !== clusterRegion)
    return { field, description: `unique name is in ${m[2]}, but the cluster is in ${clusterRegion}` };
  return undefined;
}
