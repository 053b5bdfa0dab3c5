import { http } from 'msw';
import type { Cluster, ListClustersResponse } from '@/contract/clusters';
import type { MockDb } from '../db';
import { clusterOr404 } from './lookup';
import { json } from './respond';
import { route } from './route';

/** `GET /v1beta1/clusters` and `GET /v1beta1/clusters/{clusterId}` (cluster.openapi.yaml). */
export const clusterHandlers = (db: MockDb, base: string) => [
  http.get(
    `${base}/clusters`,
    route(db, 'listClusters', ({ data }) => json<ListClustersResponse>({ clusters: data.clusters, totalSize: data.clusters.length })),
  ),
  http.get(
    `${base}/clusters/:clusterId`,
    route(db, 'getCluster', ({ data, params }) => json<Cluster>(clusterOr404(data, params.clusterId!))),
  ),
];
