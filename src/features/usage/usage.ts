import { privateLinkRouteOf, type Changefeed } from '@/contract/changefeeds';
import { privateLinkSourcesOf } from '@/contract/migration-routes';
import type { ConnProfile, Migration } from '@/contract/migrations';
import type { AllChangefeeds } from './api/list-changefeeds';
import type { AllMigrations } from './api/list-migrations';

/** A changefeed riding on a connection, with the port its sink is reached on. */
export interface Rider {
  changefeed: Changefeed;
  port?: number;
}

/** A Data Migration whose source (one or more of its subtasks) is reached through a connection. */
export interface MigrationRider {
  migration: Migration;
  sources: ConnProfile[];
}

/**
 * What is known of what uses a connection, changefeeds and migrations together:
 * - `checking`: a list is being loaded;
 * - `unknown`: a list could not be loaded, or not completely: never read as "not in use";
 * - `known`: these (possibly none) use it.
 * `riders` / `migrations`: what each list found, once it is in (shown even when the other failed).
 */
export type Usage =
  | { status: 'checking'; riders?: Rider[]; migrations?: MigrationRider[] }
  | { status: 'unknown'; riders?: Rider[]; migrations?: MigrationRider[]; error?: unknown; failed?: 'changefeeds' | 'migrations' }
  | { status: 'known'; riders: Rider[]; migrations: MigrationRider[] };

/** Why a dialog asks: Delete breaks every user; Detach Domains those that resolve names through the domains. */
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

/**
 * The migrations whose source goes through the connection named by `ids` (its own ID and its
 * endpoint's ID: see privateLinkSourcesOf). A DELETING migration still holds its route until it is gone.
 */
export function migrationsOn(migrations: Migration[], ids: readonly string[]): MigrationRider[] {
  return migrations.flatMap((migration) => {
    const sources = privateLinkSourcesOf(migration, ids);
    return sources.length ? [{ migration, sources }] : [];
  });
}

interface ListState<T> {
  data?: T;
  isError: boolean;
  error?: unknown;
}

/** Both lists' states, read for one connection (`ids`: its ID, and its endpoint's ID when known). */
export function usageOf(
  changefeeds: ListState<AllChangefeeds>,
  migrations: ListState<AllMigrations>,
  ids: readonly string[],
  byConnection: Map<string, Rider[]> | undefined,
): Usage {
  const riders = changefeeds.data ? ids.flatMap((id) => byConnection?.get(id) ?? []) : undefined;
  const onIt = migrations.data ? migrationsOn(migrations.data.migrations, ids) : undefined;
  if (changefeeds.isError) return { status: 'unknown', riders, migrations: onIt, error: changefeeds.error, failed: 'changefeeds' };
  if (migrations.isError) return { status: 'unknown', riders, migrations: onIt, error: migrations.error, failed: 'migrations' };
  if (!changefeeds.data || !migrations.data) return { status: 'checking', riders, migrations: onIt };
  if (!changefeeds.data.complete || !migrations.data.complete) return { status: 'unknown', riders, migrations: onIt };
  return { status: 'known', riders: riders ?? [], migrations: onIt ?? [] };
}

/** How many users were found (changefeeds and migrations). */
export const usersFound = (u: Pick<Usage, 'riders' | 'migrations'>) => (u.riders?.length ?? 0) + (u.migrations?.length ?? 0);

/**
 * The changefeeds an action takes the route from. A MySQL sink connects to the endpoint itself;
 * every other sink (Kafka, and any type added since: when unsure, warn) reaches its brokers by the
 * names the attached domains resolve.
 */
export function affectedBy(action: UsageAction, riders: Rider[]): Rider[] {
  return action === 'delete' ? riders : riders.filter((r) => r.changefeed.sink.type !== 'MYSQL');
}

/**
 * The migrations an action takes the route from. Delete: all. Detach Domains: those whose source
 * host is a name under one of the connection's attached domains. The product docs: once a domain
 * is attached, "all traffic from TiDB Cloud dataflow services" (Changefeed and Data Migration) to
 * it goes through the connection; a migration reaching its source by the endpoint itself (its
 * `endpointId`, or a host outside those domains, e.g. an IP) does not depend on them.
 * `domains`: the attached domains' names (`*.use1-az1.<unique>.aws.plc.tidbcloud.com`); while they
 * are not known, every migration with a host name is counted (when unsure, warn).
 */
export function migrationsAffectedBy(action: UsageAction, migrations: MigrationRider[], domains?: readonly string[]): MigrationRider[] {
  if (action === 'delete') return migrations;
  return migrations.filter((m) => m.sources.some((s) => !!s.host && (domains ? domains.some((d) => underDomain(s.host!, d)) : !isIpAddress(s.host))));
}

/** Whether `host` is `domain`, or matches its leading `*.` wildcard (one or more labels), case-insensitively. */
export function underDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/\.$/, '');
  return d.startsWith('*.') ? h.endsWith(d.slice(1)) && h.length > d.length - 1 : h === d;
}

const isIpAddress = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
