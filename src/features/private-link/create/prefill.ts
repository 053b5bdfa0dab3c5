import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf, PROVIDERS } from '@/contract/providers';
import { CREATE_DEFAULTS, type CreateFormInput } from './create-form-schema';

/**
 * The Create form filled in from a failed connection ("Create again with these settings"): its
 * name (the API allows a name twice), its endpoint service and, where the provider has one, the
 * region it was looked for in when that is not the cluster's.
 */
export function prefillFrom(c: PrivateLinkConnection, type: ConnectionType, clusterRegion: string): CreateFormInput {
  const service = endpointServiceOf(c);
  const region = PROVIDERS[type].serviceRegionField && service && 'region' in service ? (service.region ?? '') : '';
  const other = !!region && region !== clusterRegion;
  return {
    ...CREATE_DEFAULTS,
    displayName: c.displayName,
    endpointServiceName: service?.name ?? '',
    otherRegion: other,
    serviceRegion: other ? region : '',
  };
}
