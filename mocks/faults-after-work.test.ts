import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, createRequestBody } from './seed';
import { db } from './node';

const url = `http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
const create = (displayName: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(createRequestBody(displayName)),
  });
const names = async () =>
  ((await (await fetch(`${url}?pageSize=100`)).json()) as { privateLinkConnections: { displayName: string }[] }).privateLinkConnections.map(
    (c) => c.displayName,
  );

describe('faults after the work (afterWork)', () => {
  it('a 503 after the work: the connection exists though the answer failed', async () => {
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1, afterWork: true });
    expect((await create('answer-lost')).status).toBe(503);
    expect(await names()).toContain('answer-lost');
  });

  it('a 503 before the work (the default): nothing is created', async () => {
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1 });
    expect((await create('never-made')).status).toBe(503);
    expect(await names()).not.toContain('never-made');
  });
});

describe('a late answer (late)', () => {
  it('is the state when the request arrived, delivered after the change that came since', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    db.setFault('listConnections', { kind: 'late', ms: 60_000, times: 1 });
    let arrived = false;
    const late = fetch(`${url}?pageSize=100`)
      .then((r) => r.json() as Promise<{ privateLinkConnections: { displayName: string }[] }>)
      .finally(() => (arrived = true));
    await vi.waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listConnections')).toBe(true));
    expect((await create('made-meanwhile')).status).toBe(200);
    expect(await names()).toContain('made-meanwhile');
    expect(arrived).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await late).privateLinkConnections.map((c) => c.displayName)).not.toContain('made-meanwhile');
  });
});
