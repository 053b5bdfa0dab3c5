import type { FieldViolation } from '@/contract/errors';
import type { ConnectionType } from '@/contract/private-link';
import { CLOUD_TYPES, serviceRegion } from './clouds';

/**
 * What the mocked server refuses, in its own English, written from the published spec and the
 * clouds' documented formats (mocks/clouds.ts), never from the console's form rules: the two are
 * independent opinions the property tests compare. Refused is only what is certainly wrong.
 */

/** The spec says only `displayName: string` (required): any string is a display name. */
export const displayNameViolation = (field: string, value: unknown): FieldViolation | undefined =>
  typeof value === 'string' ? undefined : { field, description: 'display name is required' };

export function serviceNameViolation(field: string, type: ConnectionType, name: string | undefined): FieldViolation | undefined {
  if (!name) return { field, description: 'endpoint service name is required' };
  if (serviceRegion(type, name)) return undefined;
  return { field, description: `endpoint service name must look like ${CLOUD_TYPES[type].serviceExample}` };
}

/** TiDB Cloud Managed unique names, as the dry run issues them: 26 lower-case letters and digits. */
export const TIDB_UNIQUE_NAME_RE = /^[a-z0-9]{26}$/;

/**
 * Confluent Cloud Dedicated on AWS: the unique name is the DNS subdomain Confluent shows,
 * `<network-id>.<region>`, and the network must be in the cluster's region.
 */
export function confluentViolation(field: string, value: string, clusterRegion: string): FieldViolation | undefined {
  if (!value) return { field, description: 'unique name must not be empty for CONFLUENT domains' };
  const dot = value.indexOf('.');
  const network = value.slice(0, dot);
  const region = value.slice(dot + 1);
  if (dot < 1 || !/^[a-z0-9]+$/.test(network) || !/^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(region))
    return { field, description: 'unique name must be <network-id>.<region>, as Confluent Cloud shows it' };
  if (region !== clusterRegion) return { field, description: `unique name is in ${region}, but the cluster is in ${clusterRegion}` };
  return undefined;
}
