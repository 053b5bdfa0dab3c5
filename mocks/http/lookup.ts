import type { Cluster } from '@/contract/clusters';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { clusterOf } from '../lifecycle';
import type { MockData } from '../model';
import { HttpFailure } from './respond';

export function clusterOr404(data: MockData, clusterId: string): Cluster {
  const cluster = clusterOf(data, clusterId);
  if (!cluster) throw new HttpFailure(404, `cluster ${clusterId} not found`);
  return cluster;
}

export function connectionOr404(data: MockData, cluster: Cluster, id: string): PrivateLinkConnection {
  const c = data.connections.find((x) => x.clusterId === cluster.clusterId && x.privateLinkConnectionId === id);
  if (!c) throw new HttpFailure(404, `private link connection ${id} not found`);
  return c;
}
