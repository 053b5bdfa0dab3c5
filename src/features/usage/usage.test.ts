import { describe, expect, it } from 'vitest';
import type { Changefeed } from '@/contract/changefeeds';
import type { Migration } from '@/contract/migrations';
import { SEED_ACTIVE_ID, SEED_PENDING_ID, seedChangefeeds, seedMigrations } from '@mocks/seed';
import { affectedBy, migrationsAffectedBy, migrationsOn, ridersByConnection, underDomain, usageOf } from './usage';

const [mysql, kafka] = seedChangefeeds as [Changefeed, Changefeed];
const feed = (over: Partial<Changefeed>): Changefeed => ({ ...structuredClone(mysql), ...over });

describe('ridersByConnection', () => {
  it('groups changefeeds by the connection their sink goes through, with the port', () => {
    const by = ridersByConnection([mysql, kafka]);
    expect([...by.keys()]).toEqual([SEED_ACTIVE_ID]);
    expect(by.get(SEED_ACTIVE_ID)!.map((r) => [r.changefeed.displayName, r.port])).toEqual([
      ['orders-to-rds', 3306],
      ['orders-to-kafka', 9092],
    ]);
  });

  it('skips DELETED changefeeds and public sinks', () => {
    const deleted = feed({ changefeedId: 'cfd-d', state: 'DELETED' });
    const publicSink = feed({ changefeedId: 'cfd-p', sink: { type: 'MYSQL', mysql: { network: { networkType: 'PUBLIC' } } } });
    expect(ridersByConnection([deleted, publicSink]).size).toBe(0);
  });
});

describe('usageOf: changefeeds and migrations together', () => {
  const feeds = { data: { changefeeds: [mysql, kafka], complete: true }, isError: false };
  const migs = { data: { migrations: seedMigrations.map((m) => m.migration), complete: true }, isError: false };
  const loading = { isError: false };
  const by = ridersByConnection(feeds.data.changefeeds);
  const active = [SEED_ACTIVE_ID];
  it('checking while either list is loading, with what the other found', () => {
    expect(usageOf(loading, loading, active, undefined)).toEqual({ status: 'checking', riders: undefined, migrations: undefined });
    expect(usageOf(feeds, loading, active, by)).toMatchObject({ status: 'checking', riders: [{}, {}] });
  });
  it('known: the riders and migrations, or none', () => {
    expect(usageOf(feeds, migs, active, by)).toMatchObject({ status: 'known', riders: [{}, {}], migrations: [{ migration: { displayName: 'orders-from-rds' } }] });
    expect(usageOf(feeds, migs, [SEED_PENDING_ID], by)).toEqual({ status: 'known', riders: [], migrations: [] });
  });
  it('unknown when either fails, even over data loaded before: never "not in use"; says which', () => {
    const error = new Error('403');
    expect(usageOf({ isError: true, error }, migs, [SEED_PENDING_ID], undefined)).toMatchObject({ status: 'unknown', error, failed: 'changefeeds' });
    expect(usageOf(feeds, { ...migs, isError: true, error }, [SEED_PENDING_ID], by)).toMatchObject({ status: 'unknown', riders: [], migrations: [], failed: 'migrations' });
  });
  it('unknown when a list was cut at the bound, with what was found', () => {
    expect(usageOf(feeds, { ...migs, data: { ...migs.data, complete: false } }, active, by)).toMatchObject({ status: 'unknown', riders: [{}, {}], migrations: [{}] });
    expect(usageOf({ ...feeds, data: { ...feeds.data, complete: false } }, migs, active, by)).toMatchObject({ status: 'unknown' });
  });
});

describe('migrations on a connection', () => {
  const m = (endpointId: string, host = 'db.example', connType = 'PRIVATE_LINK'): Migration => ({
    migrationId: `mig-${endpointId}-${host}`,
    subTasks: [{ source: { connProfile: { connType, endpointId, host, port: 3306, user: 'u' } } }],
  });
  it('by the connection’s ID or its endpoint’s, PRIVATE_LINK only', () => {
    const all = [m('plc-1'), m('vpce-1'), m('plc-2'), m('plc-1', 'h', 'PUBLIC')];
    expect(migrationsOn(all, ['plc-1', 'vpce-1']).map((r) => r.migration.migrationId)).toEqual(['mig-plc-1-db.example', 'mig-vpce-1-db.example']);
  });
  it('Delete cuts every one; Detach only those whose host is under an attached domain (all host names while the domains are unknown)', () => {
    const riders = migrationsOn([m('plc-1', 'b0.use1-az1.abc.aws.plc.tidbcloud.com'), m('plc-1', 'rds.example'), m('plc-1', '10.0.0.7')], ['plc-1']);
    expect(migrationsAffectedBy('delete', riders)).toHaveLength(3);
    expect(migrationsAffectedBy('detach', riders, ['*.use1-az1.abc.aws.plc.tidbcloud.com']).map((r) => r.sources[0]!.host)).toEqual(['b0.use1-az1.abc.aws.plc.tidbcloud.com']);
    expect(migrationsAffectedBy('detach', riders, [])).toEqual([]);
    expect(migrationsAffectedBy('detach', riders).map((r) => r.sources[0]!.host)).toEqual(['b0.use1-az1.abc.aws.plc.tidbcloud.com', 'rds.example']);
  });
  it('underDomain: a wildcard takes one or more labels; exact names match exactly, case-insensitively', () => {
    expect(underDomain('B0.USE1-AZ1.abc.com', '*.use1-az1.abc.com')).toBe(true);
    expect(underDomain('x.y.use1-az1.abc.com', '*.use1-az1.abc.com')).toBe(true);
    expect(underDomain('use1-az1.abc.com', '*.use1-az1.abc.com')).toBe(false);
    expect(underDomain('evil-use1-az1.abc.com', '*.use1-az1.abc.com')).toBe(false);
    expect(underDomain('db.abc.com', 'db.abc.com')).toBe(true);
  });
});

describe('affectedBy', () => {
  const riders = ridersByConnection([mysql, kafka, feed({ changefeedId: 'cfd-x', sink: { type: 'PULSAR', kafka: kafka.sink.kafka } })]).get(SEED_ACTIVE_ID)!;
  it('Delete takes the route from every rider', () => {
    expect(affectedBy('delete', riders)).toHaveLength(3);
  });
  it('Detach Domains: every sink but MySQL (which reaches the endpoint itself), unknown types included', () => {
    expect(affectedBy('detach', riders).map((r) => r.changefeed.sink.type)).toEqual(['KAFKA', 'PULSAR']);
  });
});
