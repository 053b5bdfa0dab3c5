import { privateLinkRouteOf, type Changefeed } from '@/contract/changefeeds';
import type { AllChangefeeds } from './api/list-changefeeds';

/** A changefeed riding on a connection, with the port its sink is reached on. */
export interface Rider {
  changefeed: Changefeed;
  port?: number;
}

/**
 * What is known of the changefeeds that use a connection:
 * - `checking`: the list is being loaded;
 * - `unknown`: it could not be loaded, or not completely: never read as "not in use";
 * - `known`: these (possibly none) use it.
 */
export type Usage =
  | { status: 'checking'; riders?: Rider[] }
  | { status: 'unknown'; riders?: Rider[]; error?: unknown }
  | { status: 'known'; riders: Rider[] };

/** Why a dialog asks: Delete breaks every rider; Detach Domains those that resolve names through the domains. */
export type UsageAction = 'delete' | 'detach';

/** Changefeeds by the connection their sink goes through. A DELETED changefeed uses nothing. */
export function ridersByConnection(changefeeds: Changefeed[]): Map<string, Rider[]> {
  const byId = new Map<string, Rider[]>();
  for (const changefeed of changefeeds) {
    if (changefeed.state === 'DELETED') continue;
    const route = privateLinkRouteOf(changefeed);
    if (!route?.privateLinkConnectionId) continue;
    const list = byId.get(route.privateLinkConnectionId) ?? [];
    list.push({ changefeed, port: route.port });
    byId.set(route.privateLinkConnectionId, list);
  }
  return byId;
}

/** The query's state, read for one connection. */
export function usageOf(
  query: { data?: AllChangefeeds; isError: boolean; error?: unknown },
  connectionId: string,
  byConnection: Map<string, Rider[]> | undefined,
): Usage {
  const riders = query.data ? (byConnection?.get(connectionId) ?? []) : undefined;
  if (query.isError) return { status: 'unknown', riders, error: query.error };
  if (!query.data) return { status: 'checking' };
  if (!query.data.complete) return { status: 'unknown', riders };
  return { status: 'known', riders: riders ?? [] };
}

/**
 * The riders an action takes the route from. A MySQL sink connects to the endpoint itself; every
 * other sink (Kafka, and any type added since: when unsure, warn) reaches its brokers by the names
 * the attached domains resolve.
 */
export function affectedBy(action: UsageAction, riders: Rider[]): Rider[] {
  return action === 'delete' ? riders : riders.filter((r) => r.changefeed.sink.type !== 'MYSQL');
}
