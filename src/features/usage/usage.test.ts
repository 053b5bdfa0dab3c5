import { describe, expect, it } from 'vitest';
import type { Changefeed } from '@/contract/changefeeds';
import { SEED_ACTIVE_ID, SEED_PENDING_ID, seedChangefeeds } from '@mocks/seed';
import { affectedBy, ridersByConnection, usageOf } from './usage';

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

describe('usageOf', () => {
  const data = { changefeeds: [mysql, kafka], complete: true };
  const by = ridersByConnection(data.changefeeds);
  it('checking while nothing is loaded', () => {
    expect(usageOf({ isError: false }, SEED_ACTIVE_ID, undefined)).toEqual({ status: 'checking' });
  });
  it('known: the riders, or none', () => {
    expect(usageOf({ data, isError: false }, SEED_ACTIVE_ID, by)).toMatchObject({ status: 'known', riders: [{}, {}] });
    expect(usageOf({ data, isError: false }, SEED_PENDING_ID, by)).toEqual({ status: 'known', riders: [] });
  });
  it('unknown on a failure, even over data loaded before: never "not in use"', () => {
    const error = new Error('403');
    expect(usageOf({ isError: true, error }, SEED_PENDING_ID, undefined)).toEqual({ status: 'unknown', riders: undefined, error });
    expect(usageOf({ data, isError: true, error }, SEED_PENDING_ID, by)).toMatchObject({ status: 'unknown', riders: [] });
  });
  it('unknown when the list was cut at the bound, with what was found', () => {
    expect(usageOf({ data: { ...data, complete: false }, isError: false }, SEED_ACTIVE_ID, by)).toMatchObject({ status: 'unknown', riders: [{}, {}] });
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
