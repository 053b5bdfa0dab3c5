import { describe, expect, it, vi } from 'vitest';
import { TEST_TIMING } from './config';
import { MockDb, type MockStorage } from './db';
import { seedData } from './model';
import { AWS_CLUSTER_ID, SEED_PENDING_ID } from './seed';

/** One storage shared by two "tabs", each with its own MockDb, as two browser tabs share localStorage. */
function sharedStorage(): MockStorage & { items: Map<string, string>; writes: number } {
  const items = new Map<string, string>();
  const s = {
    items,
    writes: 0,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      s.writes += 1;
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  return s;
}
const tab = (storage: MockStorage) => new MockDb({ storage, storageKey: 'k', timing: TEST_TIMING });

describe('the stored data is the single source of truth', () => {
  it('a change in one tab is neither lost nor overwritten by another tab that still holds an older copy', () => {
    const storage = sharedStorage();
    const one = tab(storage);
    const two = tab(storage); // loaded the seed before tab one changed anything
    expect(one.seedMany(AWS_CLUSTER_ID, 3)).toBe(3);
    // Tab two works on: it starts from the latest stored state, so tab one's connections stay.
    expect(two.acceptPending(AWS_CLUSTER_ID)).toBe(1);
    const stored = JSON.parse(storage.items.get('k')!);
    expect(stored.connections).toHaveLength(5);
    expect(stored.connections.find((c: { privateLinkConnectionId: string }) => c.privateLinkConnectionId === SEED_PENDING_ID).state).toBe('ACTIVE');
    // And tab one sees tab two's change.
    expect(one.sync().connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)?.state).toBe('ACTIVE');
  });

  it('writes only when something changed', () => {
    const storage = sharedStorage();
    const db = tab(storage);
    db.advance();
    expect(storage.writes).toBe(0);
    expect(db.acceptPending(AWS_CLUSTER_ID)).toBe(1);
    expect(storage.writes).toBe(1);
    expect(db.acceptPending(AWS_CLUSTER_ID)).toBe(0);
    db.advance();
    expect(storage.writes).toBe(1);
  });

  it('a reset in another tab brings every tab back to the seed', () => {
    const storage = sharedStorage();
    const one = tab(storage);
    const two = tab(storage);
    one.seedMany(AWS_CLUSTER_ID, 2);
    expect(two.sync().connections).toHaveLength(4);
    one.reset();
    expect(two.sync().connections).toHaveLength(2);
  });

  for (const [what, raw] of [
    ['not JSON', '{oops'],
    ['an older shape (no changefeeds)', JSON.stringify({ ...seedData(), changefeeds: undefined })],
    ['a wrong type', JSON.stringify({ ...seedData(), clusters: [{ clusterId: 1 }] })],
    ['null', 'null'],
  ] as const) {
    it(`stored data that fails the contract (${what}) is dropped with one warning, and the seed is used`, () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const storage = sharedStorage();
      storage.items.set('k', raw);
      const db = tab(storage);
      expect(db.data.clusters).toEqual(seedData().clusters);
      expect(db.data.connections).toHaveLength(2);
      db.sync();
      db.sync();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/does not fit the contract.*using the seed/);
      expect(storage.items.has('k')).toBe(false);
    });
  }
});
