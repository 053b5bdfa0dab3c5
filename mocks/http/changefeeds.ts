import { http } from 'msw';
import type { Changefeed, ListChangefeedsResponse } from '@/contract/changefeeds';
import type { MockDb } from '../db';
import { clusterOr404 } from './lookup';
import { HttpFailure, json, paged } from './respond';
import { route } from './route';

/** `GET …/changefeeds` (pageSize, pageToken, changefeedType) and `GET …/changefeeds/{id}` (cdc.openapi.yaml). */
export function changefeedHandlers(db: MockDb, base: string) {
  const feeds = `${base}/clusters/:clusterId/changefeeds`;
  return [
    http.get(
      feeds,
      route(db, 'listChangefeeds', ({ data, params, url }) => {
        const cluster = clusterOr404(data, params.clusterId!);
        const type = url.searchParams.get('changefeedType');
        const { page, ...rest } = paged(url, data.changefeeds, (f) => f.clusterId === cluster.clusterId && (!type || f.sink.type === type));
        return json<ListChangefeedsResponse>({ changefeeds: page, ...rest });
      }),
    ),
    http.get(
      `${feeds}/:changefeedId`,
      route(db, 'getChangefeed', ({ data, params }) => {
        const cluster = clusterOr404(data, params.clusterId!);
        const feed = data.changefeeds.find((f) => f.clusterId === cluster.clusterId && f.changefeedId === params.changefeedId);
        if (!feed) throw new HttpFailure(404, `changefeed ${params.changefeedId} not found`);
        return json<Changefeed>(feed);
      }),
    ),
  ];
}
