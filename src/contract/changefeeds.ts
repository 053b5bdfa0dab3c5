import * as z from 'zod/mini';
import { listOf } from './list-of';
import { openEnum } from './open-enum';

/**
 * Changefeeds (TiDB Cloud's ChangefeedService, v1beta1; cdc.openapi.yaml in src/contract/openapi),
 * as far as the page reads them: which ones reach their sink through a private link connection
 * (`sink.kafka.network.privateLink` / `sink.mysql.network.privateLink`), on which port, in which state.
 * `GET /v1beta1/clusters/{clusterId}/changefeeds?pageSize=&pageToken=` and `GET …/changefeeds/{id}`.
 */
export const CHANGEFEED_STATES = ['RUNNING', 'CREATE_FAILED', 'RUNNING_FAILED', 'CREATING', 'PAUSED', 'DELETED', 'WARNING'] as const;
export type ChangefeedState = (typeof CHANGEFEED_STATES)[number];

export const SINK_TYPES = ['KAFKA', 'MYSQL'] as const;
export type SinkType = (typeof SINK_TYPES)[number];

export const privateLinkRouteSchema = z.object({
  privateLinkConnectionId: z.optional(z.string()),
  port: z.optional(z.number()),
});
export type PrivateLinkRoute = z.infer<typeof privateLinkRouteSchema>;

const sinkNetworkSchema = z.object({
  networkType: z.optional(openEnum(['PUBLIC', 'PRIVATE_LINK'])),
  privateLink: z.optional(privateLinkRouteSchema),
});
/** Fields the page does not read, kept as they are (the spec requires them of a changefeed). */
const opaque = z.optional(z.record(z.string(), z.unknown()));

export const changefeedSchema = z.object({
  changefeedId: z.string(),
  clusterId: z.string(),
  displayName: z.optional(z.string()),
  state: z.optional(openEnum(CHANGEFEED_STATES)),
  sink: z.object({
    type: openEnum(SINK_TYPES),
    kafka: z.optional(z.object({ network: z.optional(sinkNetworkSchema) })),
    mysql: z.optional(z.object({ network: z.optional(sinkNetworkSchema), authentication: opaque })),
  }),
  filter: opaque,
  startPosition: opaque,
  error: z.optional(z.string()),
  createTime: z.optional(z.string()),
  updateTime: z.optional(z.nullable(z.string())),
});
export type Changefeed = z.infer<typeof changefeedSchema>;

export const listChangefeedsResponseSchema = listOf('changefeeds', changefeedSchema);
export type ListChangefeedsResponse = z.infer<typeof listChangefeedsResponseSchema>;

/** The private link connection (and port) a changefeed reaches its sink through, if any. */
export function privateLinkRouteOf(c: Changefeed): PrivateLinkRoute | undefined {
  const route = c.sink.kafka?.network?.privateLink ?? c.sink.mysql?.network?.privateLink;
  return route?.privateLinkConnectionId ? route : undefined;
}
