import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { ApiError } from '@/lib/api-error';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { tEn, translator } from '@/lib/i18n-core';
import { describeCreateError } from '../create/create-error';
import { createConnection } from './create-connection';
import { CLOCK_MARGIN_MS, createOnce, identify, seenNamed, UnconfirmedCreateError, type CreateAttempt } from './create-outcome';
import { privateLinkKeys } from './keys';
import { allConnectionsQueryOptions } from './list-connections';
import { zhCN } from '@/locales/zh-CN';

const tZh = translator(zhCN);
const SENT = Date.parse('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();
const conn = (id: string, createMs: number | undefined, displayName = 'orders'): PrivateLinkConnection => ({
  privateLinkConnectionId: id,
  clusterId: 'c',
  displayName,
  type: 'AWS_ENDPOINT_SERVICE',
  ...(createMs === undefined ? {} : { createTime: at(createMs) }),
});
const attempt: CreateAttempt = { displayName: 'orders', sentAt: SENT, seen: ['plc-old'] };

describe('identify: which connection named so is this attempt’s (display names are not unique)', () => {
  it('the one new to the page and created since the send, never an older one the page had seen', () => {
    expect(identify([conn('plc-old', SENT - 86_400_000), conn('plc-new', SENT + 900)], attempt)).toEqual({ found: conn('plc-new', SENT + 900) });
    expect(identify([conn('plc-old', SENT + 5)], attempt)).toBe('none');
    expect(identify([conn('plc-x', SENT + 5, 'other')], attempt)).toBe('none');
  });
  it('one created since the send beside an older one the page never saw: the recent one', () => {
    expect(identify([conn('plc-unseen-old', SENT - 86_400_000), conn('plc-new', SENT + 10)], attempt)).toEqual({ found: conn('plc-new', SENT + 10) });
  });
  it('a server clock a little behind this one still counts (the margin), further behind cannot be told', () => {
    expect(identify([conn('plc-new', SENT - CLOCK_MARGIN_MS + 1)], attempt)).toEqual({ found: conn('plc-new', SENT - CLOCK_MARGIN_MS + 1) });
    expect(identify([conn('plc-new', SENT - CLOCK_MARGIN_MS - 1)], attempt)).toBe('ambiguous');
  });
  it('created exactly the margin before the send still counts', () => {
    expect(identify([conn('plc-new', SENT - CLOCK_MARGIN_MS)], attempt)).toEqual({ found: conn('plc-new', SENT - CLOCK_MARGIN_MS) });
  });
  it('two created since the send, or one without a createTime beside one: cannot tell', () => {
    expect(identify([conn('plc-a', SENT + 1), conn('plc-b', SENT + 2)], attempt)).toBe('ambiguous');
    expect(identify([conn('plc-a', undefined), conn('plc-b', SENT + 2)], attempt)).toBe('ambiguous');
    expect(identify([conn('plc-a', undefined)], attempt)).toEqual({ found: conn('plc-a', undefined) });
  });
});

describe('seenNamed: what the page has already seen by that name', () => {
  it('the IDs named so in every list the page holds, each once; not other names, not other clusters', () => {
    const queryClient = new QueryClient();
    const page = (...cs: PrivateLinkConnection[]) => ({ privateLinkConnections: cs, totalSize: cs.length });
    queryClient.setQueryData(privateLinkKeys.list('c', { pageSize: 20 }), page(conn('plc-a', SENT), conn('plc-b', SENT, 'other')));
    queryClient.setQueryData(privateLinkKeys.listAll('c'), page(conn('plc-a', SENT), conn('plc-c', SENT), conn('plc-d', SENT, 'orders-2')));
    queryClient.setQueryData(privateLinkKeys.listAll('c2'), page(conn('plc-e', SENT)));
    expect(seenNamed(queryClient, 'c', 'orders').sort()).toEqual(['plc-a', 'plc-c']);
  });
});

describe('createOnce against the mock, with an older connection of the same name', () => {
  const input = { clusterId: AWS_CLUSTER_ID, displayName: 'orders-rds', type: 'AWS_ENDPOINT_SERVICE' as const, endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789' };
  /** A client that has read the list, as the page has (the older `orders-rds` is seen). */
  async function client() {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await queryClient.fetchQuery(allConnectionsQueryOptions(AWS_CLUSTER_ID));
    return queryClient;
  }

  it('its answer lost after the work: its own new connection, not the older one', async () => {
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1, afterWork: true });
    const created = await createOnce(await client(), input, () => createConnection(input));
    expect(created.privateLinkConnectionId).not.toBe(SEED_ACTIVE_ID);
    expect(db.data.connections.filter((c) => c.displayName === 'orders-rds').map((c) => c.privateLinkConnectionId)).toEqual([SEED_ACTIVE_ID, created.privateLinkConnectionId]);
  });

  it('carried out, its answer unreadable (a 2xx not in the expected shape): its own new connection', async () => {
    const send = async () => {
      await createConnection(input);
      throw new ApiError({ kind: 'invalid-response', status: 200, message: 'Unexpected response from POST' });
    };
    const created = await createOnce(await client(), input, send);
    expect(created.privateLinkConnectionId).not.toBe(SEED_ACTIVE_ID);
    expect(db.data.connections.filter((c) => c.displayName === 'orders-rds')).toHaveLength(2);
    // Not in the list (yet): never said "not created", its own error stands.
    const unreadable = new ApiError({ kind: 'invalid-response', status: 200, message: 'Unexpected response from POST' });
    await expect(createOnce(await client(), input, () => Promise.reject(unreadable))).rejects.toBe(unreadable);
  });

  it('its answer lost before the work: not created (the older one is not taken for it)', async () => {
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1 });
    const error = await createOnce(await client(), input, () => createConnection(input)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnconfirmedCreateError);
    expect((error as UnconfirmedCreateError).outcome).toBe('absent');
  });

  it('another `orders-rds` made elsewhere while its answer was lost: says it cannot tell, in both languages', async () => {
    db.setFault('createConnection', { kind: 'network', times: 1, afterWork: true });
    const twin = { ...db.data.connections[0]!, privateLinkConnectionId: 'plc-twin0000000000000', createTime: new Date().toISOString() };
    const send = async () => {
      db.change((d) => void d.connections.push(twin));
      return createConnection(input);
    };
    const error = await createOnce(await client(), input, send).catch((e: unknown) => e);
    expect((error as UnconfirmedCreateError).outcome).toBe('ambiguous');
    expect(describeCreateError(error, 'orders-rds', tEn)).toContain('we cannot tell whether one of them is this one');
    expect(describeCreateError(error, 'orders-rds', tZh)).toContain('无法判断其中是否有本次创建的连接');
  });

  it('a retry after an unreadable list finds the earlier attempt’s connection and sends nothing', async () => {
    const queryClient = await client();
    db.setFault('createConnection', { kind: 'network', times: 1, afterWork: true });
    db.setFault('listConnections', { kind: 'network' });
    const first = (await createOnce(queryClient, input, () => createConnection(input)).catch((e: unknown) => e)) as UnconfirmedCreateError;
    expect(first.outcome).toBe('unknown');
    db.clearFaults();
    const creates = db.requests.filter((r) => r.endpoint === 'createConnection').length;
    const found = await createOnce(queryClient, { ...input, previous: first }, () => createConnection(input));
    expect(found.privateLinkConnectionId).not.toBe(SEED_ACTIVE_ID);
    expect(found.displayName).toBe('orders-rds');
    expect(db.requests.filter((r) => r.endpoint === 'createConnection')).toHaveLength(creates);
  });

  it('a 409 to a retry (a server that refuses duplicate names) is the earlier attempt, landed late, when the list tells it', async () => {
    const queryClient = await client();
    const previous = new UnconfirmedCreateError('unknown', new ApiError({ kind: 'network', message: 'lost' }), { displayName: 'orders-rds', sentAt: Date.now(), seen: [SEED_ACTIVE_ID] });
    const landed = { ...db.data.connections[0]!, privateLinkConnectionId: 'plc-late000000000000', createTime: new Date().toISOString() };
    // Not in the list when the retry looks first; there when its Create is refused as a duplicate.
    const send = async () => {
      db.change((d) => void d.connections.push(landed));
      return createConnection(input);
    };
    db.uniqueDisplayNames = true;
    const found = await createOnce(queryClient, { ...input, previous }, send);
    expect(found.privateLinkConnectionId).toBe('plc-late000000000000');
    expect(db.data.connections.filter((c) => c.displayName === 'orders-rds')).toHaveLength(2);
  });

  it('a 409 to a retry whose earlier attempt is not (or not surely) in the list is the 409', async () => {
    const queryClient = await client();
    const previous = new UnconfirmedCreateError('unknown', new ApiError({ kind: 'network', message: 'lost' }), { displayName: 'orders-rds', sentAt: Date.now(), seen: [SEED_ACTIVE_ID] });
    db.uniqueDisplayNames = true; // the older `orders-rds` is enough for a 409
    const none = await createOnce(queryClient, { ...input, previous }, () => createConnection(input)).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(ApiError);
    expect((none as ApiError).status).toBe(409);
    // Two new ones by that name: which one is the earlier attempt's cannot be told, and the 409 stands.
    const twin = (id: string) => ({ ...db.data.connections[0]!, privateLinkConnectionId: id, createTime: new Date().toISOString() });
    const send = async () => {
      db.change((d) => void d.connections.push(twin('plc-twin1000000000000'), twin('plc-twin2000000000000')));
      return createConnection(input);
    };
    const ambiguous = await createOnce(queryClient, { ...input, previous }, send).catch((e: unknown) => e);
    expect(ambiguous).toBeInstanceOf(ApiError);
    expect((ambiguous as ApiError).status).toBe(409);
  });

  it('a retry under another name sends its Create, never taking the earlier attempt’s connection', async () => {
    const queryClient = await client();
    const previous = new UnconfirmedCreateError('unknown', new ApiError({ kind: 'network', message: 'lost' }), { displayName: 'orders-rds', sentAt: Date.now(), seen: [SEED_ACTIVE_ID] });
    db.change((d) => void d.connections.push({ ...d.connections[0]!, privateLinkConnectionId: 'plc-late000000000000', createTime: new Date().toISOString() }));
    const renamed = { ...input, displayName: 'orders-rds-2' };
    const creates = db.requests.filter((r) => r.endpoint === 'createConnection').length;
    const created = await createOnce(queryClient, { ...renamed, previous }, () => createConnection(renamed));
    expect(created.displayName).toBe('orders-rds-2');
    expect(db.requests.filter((r) => r.endpoint === 'createConnection')).toHaveLength(creates + 1);
  });

  it('a retry when two new connections have the earlier attempt’s name: says it cannot tell and sends nothing', async () => {
    const queryClient = await client();
    const previous = new UnconfirmedCreateError('unknown', new ApiError({ kind: 'network', message: 'lost' }), { displayName: 'orders-rds', sentAt: Date.now(), seen: [SEED_ACTIVE_ID] });
    const twin = (id: string) => ({ ...db.data.connections[0]!, privateLinkConnectionId: id, createTime: new Date().toISOString() });
    db.change((d) => void d.connections.push(twin('plc-twin1000000000000'), twin('plc-twin2000000000000')));
    const creates = db.requests.filter((r) => r.endpoint === 'createConnection').length;
    const error = await createOnce(queryClient, { ...input, previous }, () => createConnection(input)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnconfirmedCreateError);
    expect((error as UnconfirmedCreateError).outcome).toBe('ambiguous');
    expect(db.requests.filter((r) => r.endpoint === 'createConnection')).toHaveLength(creates);
  });

  it('keeps the unconfirmed cause and attempt', () => {
    const cause = new ApiError({ kind: 'network', message: 'lost' });
    expect(new UnconfirmedCreateError('unknown', cause, attempt)).toMatchObject({ outcome: 'unknown', cause, displayName: 'orders' });
  });
});
