/** Query keys of the private link domain, in one place. */
export const privateLinkKeys = {
  all: (clusterId: string) => ['private-link', clusterId] as const,
  lists: (clusterId: string) => [...privateLinkKeys.all(clusterId), 'list'] as const,
  list: (clusterId: string, params: { pageSize: number; pageToken?: string; state?: string }) =>
    [...privateLinkKeys.lists(clusterId), params] as const,
  /** Every page, for filtering by text (the API filters by state only). */
  listAll: (clusterId: string, state?: string) => [...privateLinkKeys.lists(clusterId), 'all', state ?? ''] as const,
  details: (clusterId: string) => [...privateLinkKeys.all(clusterId), 'detail'] as const,
  detail: (clusterId: string, id: string) => [...privateLinkKeys.details(clusterId), id] as const,
  /** "Check now"'s own Get of a connection (list/check-now.tsx). */
  check: (clusterId: string, id: string) => [...privateLinkKeys.all(clusterId), 'check', id] as const,
  zones: (clusterId: string) => [...privateLinkKeys.all(clusterId), 'zones'] as const,
};

export const connectionsPath = (clusterId: string) =>
  `/v1beta1/clusters/${encodeURIComponent(clusterId)}/privateLinkConnections`;
export const connectionPath = (clusterId: string, id: string) =>
  `${connectionsPath(clusterId)}/${encodeURIComponent(id)}`;

/** Mutation keys, one per kind of change: the panel finds by them the changes whose dialog was left while they were sent (panel/use-left-sends.ts). */
export const privateLinkMutationKeys = {
  /** Every change of this feature (a prefix of the others). */
  all: ['private-link'] as const,
  create: ['private-link', 'create'] as const,
  attach: ['private-link', 'attach'] as const,
  detach: ['private-link', 'detach'] as const,
  delete: ['private-link', 'delete'] as const,
};
