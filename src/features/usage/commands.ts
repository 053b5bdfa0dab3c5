import { shellQuote } from '@/lib/shell-quote';

const cluster = (clusterId: string) => (clusterId ? shellQuote(clusterId) : '<cluster-id>');

/** `ticloud serverless changefeed list`: the changefeeds of a cluster, as the CLI shows them. */
export function listChangefeedsCommand(clusterId: string): string {
  return `ticloud serverless changefeed list --cluster-id ${cluster(clusterId)}`;
}

/** `ticloud serverless migration list`: the cluster's Data Migration tasks (`-c` is `--cluster-id`). */
export function listMigrationsCommand(clusterId: string): string {
  return `ticloud serverless migration list -c ${cluster(clusterId)}`;
}
