/** Query keys of the usage domain (changefeeds, migrations), in one place. */
export const changefeedKeys = {
  all: (clusterId: string) => ['changefeeds', clusterId] as const,
  /** Every changefeed of the cluster (every page, up to the bound). */
  listAll: (clusterId: string) => [...changefeedKeys.all(clusterId), 'list', 'all'] as const,
};

export const migrationKeys = {
  all: (clusterId: string) => ['migrations', clusterId] as const,
  /** Every migration of the cluster (every page, up to the bound). */
  listAll: (clusterId: string) => [...migrationKeys.all(clusterId), 'list', 'all'] as const,
};

export const changefeedsPath = (clusterId: string) => `/v1beta1/clusters/${encodeURIComponent(clusterId)}/changefeeds`;
export const migrationsPath = (clusterId: string) => `/v1beta1/clusters/${encodeURIComponent(clusterId)}/migrations`;
