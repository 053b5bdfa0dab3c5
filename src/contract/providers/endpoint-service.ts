/**
 * What an endpoint service (AWS PrivateLink, Alibaba Cloud PrivateLink) must be before Create, as
 * the product docs list it: in the cluster's region (or, where the provider allows another region,
 * listing the cluster's), TiDB Cloud's account on its allow list, zones that overlap the cluster's.
 */
export const ENDPOINT_SERVICE_PREREQUISITES = {
  title: 'zones.title',
  items: [
    { key: 'zones.sameRegion', otherRegion: 'zones.otherRegion' },
    { key: 'zones.allowList' },
    // A service in another region cannot share the cluster's zones: it must list the cluster's region (AWS cross-Region access).
    { key: 'zones.overlap', otherRegion: 'zones.crossRegion' },
  ],
} as const;
