import { shellQuote } from '@/lib/shell-quote';

/** `ticloud serverless changefeed list`: the changefeeds of a cluster, as the CLI shows them. */
export function listChangefeedsCommand(clusterId: string): string {
  return `ticloud serverless changefeed list --cluster-id ${clusterId ? shellQuote(clusterId) : '<cluster-id>'}`;
}
