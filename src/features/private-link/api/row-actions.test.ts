import { QueryClient, QueryClientProvider, QueryObserver } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID, seedAttachDomains } from '@mocks/seed';
import { db } from '@mocks/node';
import type { ListConnectionsResponse, PrivateLinkConnection } from '@/contract/private-link';
import { managedDomainsPreviewOptions, useAttachDomains } from './attach-domains';
import { useCreateConnection } from './create-connection';
import { useDeleteConnection } from './delete-connection';
import { useDetachDomains } from './detach-domains';
import { connectionQueryOptions } from './get-connection';
import { NotFoundError } from './invalidate';
import { privateLinkKeys } from './keys';
import { connectionsQueryOptions, LIST_PAGE_SIZE } from './list-connections';
import { putConnection } from './put-connection';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/**
 * A client showing the first list page and the active connection's details, as the page does
 * (observed: an invalidation refetches them, as on the page).
 */
async function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  await queryClient.fetchQuery(connectionsQueryOptions(AWS_CLUSTER_ID));
  await queryClient.fetchQuery(connectionQueryOptions(AWS_CLUSTER_ID, SEED_ACTIVE_ID));
  const quiet = { refetchInterval: false, refetchOnWindowFocus: false } as const;
  stops.push(new QueryObserver(queryClient, { ...connectionsQueryOptions(AWS_CLUSTER_ID), ...quiet }).subscribe(() => {}));
  stops.push(new QueryObserver(queryClient, { ...connectionQueryOptions(AWS_CLUSTER_ID, SEED_ACTIVE_ID), ...quiet }).subscribe(() => {}));
  stops.push(() => queryClient.clear());
  const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client: queryClient }, children);
  return { queryClient, wrapper };
}
const listKey = privateLinkKeys.list(AWS_CLUSTER_ID, { pageSize: LIST_PAGE_SIZE, pageToken: undefined, state: undefined });
const reads = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).length;
const ACTIVE = { clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID };

describe('Delete', () => {
  it('shows the answer (DELETING) in the cached list and details at once, then refreshes both', async () => {
    const { queryClient, wrapper } = await setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useDeleteConnection({ onSuccess }), { wrapper });
    const listsBefore = reads('listConnections');
    const deleted = await result.current.mutateAsync(ACTIVE);
    expect(deleted.state).toBe('DELETING');
    expect(onSuccess).toHaveBeenCalledWith(deleted);
    expect(queryClient.getQueryData<ListConnectionsResponse>(listKey)?.privateLinkConnections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)?.state).toBe('DELETING');
    expect(queryClient.getQueryData<PrivateLinkConnection>(privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_ACTIVE_ID))?.state).toBe('DELETING');
    // Refreshed: the list and the connection's details were read again, before success.
    expect(reads('listConnections')).toBe(listsBefore + 1);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
    expect(queryClient.isFetching()).toBe(0);
  });

  it('a 409 while the connection is already being deleted counts as done; any other 409 stays an error', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    db.change((d) => {
      d.connections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)!.state = 'DELETING';
    });
    db.setFault('deleteConnection', { kind: 'http', status: 409, times: 2 });
    await expect(result.current.mutateAsync(ACTIVE)).resolves.toMatchObject({ privateLinkConnectionId: SEED_ACTIVE_ID, state: 'DELETING' });
    await expect(result.current.mutateAsync({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_PENDING_ID })).rejects.toMatchObject({ status: 409 });
  });

  it('an answer lost after the work (a 503, the connection dropped) counts as done when the connection is now DELETING', async () => {
    const { queryClient, wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    db.setFault('deleteConnection', { kind: 'http', status: 503, times: 1, afterWork: true });
    await expect(result.current.mutateAsync(ACTIVE)).resolves.toMatchObject({ privateLinkConnectionId: SEED_ACTIVE_ID, state: 'DELETING' });
    expect(queryClient.getQueryData<ListConnectionsResponse>(listKey)?.privateLinkConnections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)?.state).toBe('DELETING');
    db.setFault('deleteConnection', { kind: 'network', times: 1, afterWork: true });
    await expect(result.current.mutateAsync({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_PENDING_ID })).resolves.toMatchObject({ state: 'DELETING' });
  });

  it('an answer lost before the work stays the error (the connection is not being deleted)', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    db.setFault('deleteConnection', { kind: 'http', status: 503, times: 1 });
    await expect(result.current.mutateAsync(ACTIVE)).rejects.toMatchObject({ status: 503 });
    expect(db.data.connections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)?.state).toBe('ACTIVE');
  });

  it('an answer that says no (a 403, a 400) stays the error, without reading the connection', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    // Even a connection being deleted by someone else does not turn a refusal into a success.
    db.change((d) => {
      d.connections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)!.state = 'DELETING';
    });
    const gets = reads('getConnection');
    db.setFault('deleteConnection', { kind: 'http', status: 403, times: 1 });
    await expect(result.current.mutateAsync(ACTIVE)).rejects.toMatchObject({ status: 403 });
    db.setFault('deleteConnection', { kind: 'http', status: 400, times: 1 });
    await expect(result.current.mutateAsync(ACTIVE)).rejects.toMatchObject({ status: 400 });
    expect(reads('getConnection')).toBe(gets);
  });

  it('a 409 whose connection cannot be read stays the 409', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    db.setFault('deleteConnection', { kind: 'http', status: 409, times: 1 });
    db.setFault('getConnection', { kind: 'http', status: 500 });
    await expect(result.current.mutateAsync(ACTIVE)).rejects.toMatchObject({ status: 409 });
  });

  it('a 404: the connection is gone (said so) and the list is refreshed behind the dialog', async () => {
    const { queryClient, wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    db.setFault('deleteConnection', { kind: 'http', status: 404, times: 1 });
    const error = await result.current.mutateAsync(ACTIVE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ what: 'connection', cause: { status: 404 } });
    expect((error as Error).message).toBe('connection not found');
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  it('any other failure is passed on as it is, and refreshes nothing', async () => {
    const { queryClient, wrapper } = await setup();
    const { result } = renderHook(() => useDeleteConnection(), { wrapper });
    db.setFault('deleteConnection', { kind: 'http', status: 403, times: 1 });
    const error = await result.current.mutateAsync(ACTIVE).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 403 });
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
  });
});

describe('Detach Domains: a 404 says which is gone', () => {
  const input = { ...ACTIVE, attachDomainId: seedAttachDomains[0]!.attachDomainId! };

  it('the domains, when the connection is still there; the list and details refreshed behind the dialog', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useDetachDomains(), { wrapper });
    db.setFault('detachDomains', { kind: 'http', status: 404, times: 1 });
    const [detailsBefore, listsBefore] = [reads('getConnection'), reads('listConnections')];
    await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ name: 'NotFoundError', what: 'domain' });
    // One read to tell them apart, one refetch of the observed details, one of the list.
    await waitFor(() => expect([reads('getConnection'), reads('listConnections')]).toEqual([detailsBefore + 2, listsBefore + 1]));
  });

  it('the connection, when it answers 404 too; a connection that cannot be read is taken as still there', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useDetachDomains(), { wrapper });
    db.setFault('detachDomains', { kind: 'http', status: 404 });
    db.setFault('getConnection', { kind: 'http', status: 404 });
    await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ what: 'connection' });
    db.setFault('getConnection', { kind: 'http', status: 500 });
    await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ what: 'domain' });
  });

  it('a 409 refreshes the list and stays the 409', async () => {
    const { queryClient, wrapper } = await setup();
    const { result } = renderHook(() => useDetachDomains(), { wrapper });
    db.setFault('detachDomains', { kind: 'http', status: 409, times: 1 });
    const error = await result.current.mutateAsync(input).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 409 });
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  it('detached: refreshed list and details, the answer to onSuccess', async () => {
    const { queryClient, wrapper } = await setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useDetachDomains({ onSuccess }), { wrapper });
    const [detailsBefore, listsBefore] = [reads('getConnection'), reads('listConnections')];
    const detached = await result.current.mutateAsync(input);
    expect(onSuccess).toHaveBeenCalledWith(detached);
    expect([reads('getConnection'), reads('listConnections')]).toEqual([detailsBefore + 1, listsBefore + 1]);
    expect(queryClient.getQueryData<PrivateLinkConnection>(privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_ACTIVE_ID))?.attachedDomains ?? []).toEqual([]);
  });
});

describe('Attach Domains', () => {
  const input = { clusterId: AWS_CLUSTER_ID, connectionId: SEED_PENDING_ID, type: 'TIDBCLOUD_MANAGED' as const, uniqueName: '' };

  it('sends a real attach (never the dry run), refreshes the connection, hands the answer on', async () => {
    const { queryClient, wrapper } = await setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useAttachDomains({ onSuccess }), { wrapper });
    db.change((d) => {
      d.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)!.state = 'ACTIVE';
    });
    const preview = await queryClient.fetchQuery(managedDomainsPreviewOptions(AWS_CLUSTER_ID, SEED_PENDING_ID, 'TIDBCLOUD_MANAGED'));
    expect(db.data.attachDomains.filter((a) => a.privateLinkConnectionId === SEED_PENDING_ID)).toHaveLength(0);
    const listsBefore = reads('listConnections');
    const attached = await result.current.mutateAsync({ ...input, uniqueName: preview.uniqueName!, validateOnly: true });
    expect(onSuccess).toHaveBeenCalledWith(attached);
    expect(reads('listConnections')).toBe(listsBefore + 1);
    expect(JSON.parse(db.requests.filter((r) => r.endpoint === 'attachDomains').at(-1)!.body ?? '{}')).toMatchObject({ validateOnly: false });
    expect(db.data.attachDomains.filter((a) => a.privateLinkConnectionId === SEED_PENDING_ID)).toHaveLength(1);
  });

  it('an answer lost after the work is the new group when the connection has it; lost before, or without the details from before, the error', async () => {
    const { queryClient, wrapper } = await setup(); // the active connection's details, with its managed group
    const { result } = renderHook(() => useAttachDomains(), { wrapper });
    const active = { ...input, connectionId: SEED_ACTIVE_ID };
    const preview = () => queryClient.fetchQuery({ ...managedDomainsPreviewOptions(AWS_CLUSTER_ID, SEED_ACTIVE_ID, 'TIDBCLOUD_MANAGED'), staleTime: 0 });
    const groups = () => db.data.attachDomains.filter((a) => a.privateLinkConnectionId === SEED_ACTIVE_ID);
    const first = (await preview()).uniqueName!;
    // Meanwhile another tab attached another set, and a group of another type carries that name:
    // neither is this Attach's.
    const other = { ...groups()[0]!, createTime: new Date().toISOString() };
    db.data.attachDomains.push({ ...other, attachDomainId: 'ad-other-tab', uniqueName: 'othertab0othertab0othertab' }, { ...other, attachDomainId: 'ad-other-type', type: 'CONFLUENT', uniqueName: first });
    db.save();
    db.setFault('attachDomains', { kind: 'http', status: 503, times: 1, afterWork: true });
    const landed = await result.current.mutateAsync({ ...active, uniqueName: first });
    expect(landed).toMatchObject({ type: 'TIDBCLOUD_MANAGED', uniqueName: first, attachDomainId: groups().at(-1)!.attachDomainId });
    // A group of that name attached before the send is not this one (the answer lost before the work).
    const seeded = seedAttachDomains.find((a) => a.privateLinkConnectionId === SEED_ACTIVE_ID && a.type === 'TIDBCLOUD_MANAGED')!;
    db.setFault('attachDomains', { kind: 'http', status: 503, times: 1 });
    await expect(result.current.mutateAsync({ ...active, uniqueName: seeded.uniqueName! })).rejects.toMatchObject({ status: 503 });
    const second = (await preview()).uniqueName!;
    db.setFault('attachDomains', { kind: 'network', times: 1 }); // before the work: nothing attached
    await expect(result.current.mutateAsync({ ...active, uniqueName: second })).rejects.toMatchObject({ kind: 'network' });
    queryClient.removeQueries({ queryKey: privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_ACTIVE_ID) });
    db.setFault('attachDomains', { kind: 'http', status: 503, times: 1, afterWork: true });
    await expect(result.current.mutateAsync({ ...active, uniqueName: second })).rejects.toMatchObject({ status: 503 });
    expect(groups().map((g) => g.uniqueName)).toEqual([
      ...seedAttachDomains.filter((a) => a.privateLinkConnectionId === SEED_ACTIVE_ID).map((a) => a.uniqueName),
      'othertab0othertab0othertab',
      first,
      first,
      second,
    ]);
  });

  it('a lost Attach answer stays the error when the connection cannot be read, or has two new groups of that name', async () => {
    const { queryClient, wrapper } = await setup();
    const { result } = renderHook(() => useAttachDomains(), { wrapper });
    const active = { ...input, connectionId: SEED_ACTIVE_ID };
    const preview = () => queryClient.fetchQuery({ ...managedDomainsPreviewOptions(AWS_CLUSTER_ID, SEED_ACTIVE_ID, 'TIDBCLOUD_MANAGED'), staleTime: 0 });
    const first = (await preview()).uniqueName!;
    db.setFault('attachDomains', { kind: 'http', status: 503, times: 1, afterWork: true });
    db.setFault('getConnection', { kind: 'http', status: 500, times: 1 });
    await expect(result.current.mutateAsync({ ...active, uniqueName: first })).rejects.toMatchObject({ status: 503 });
    // Another tab attached the same name at the same time: which group is this one's cannot be told.
    await queryClient.refetchQueries({ queryKey: privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_ACTIVE_ID) });
    const second = (await preview()).uniqueName!;
    const same = db.data.attachDomains.find((a) => a.privateLinkConnectionId === SEED_ACTIVE_ID)!;
    db.data.attachDomains.push({ ...same, attachDomainId: 'ad-other-tab', uniqueName: second });
    db.save();
    db.setFault('attachDomains', { kind: 'http', status: 503, times: 1, afterWork: true });
    await expect(result.current.mutateAsync({ ...active, uniqueName: second })).rejects.toMatchObject({ status: 503 });
  });

  it('a 404 on attach is the connection (no domain to tell apart)', async () => {
    const { wrapper } = await setup();
    const { result } = renderHook(() => useAttachDomains(), { wrapper });
    db.setFault('attachDomains', { kind: 'http', status: 404, times: 1 });
    await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ what: 'connection' });
    expect(reads('getConnection')).toBe(1); // only setup's read: nothing asked to tell them apart
  });
});

describe('Create', () => {
  const input = {
    clusterId: AWS_CLUSTER_ID,
    displayName: 'new-one',
    type: 'AWS_ENDPOINT_SERVICE' as const,
    endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789',
  };

  it('created: onSuccess with the answer, the list refreshed before success', async () => {
    const { queryClient, wrapper } = await setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useCreateConnection({ onSuccess }), { wrapper });
    const created = await result.current.mutateAsync(input);
    expect(onSuccess).toHaveBeenCalledWith(created);
    expect(queryClient.getQueryData<ListConnectionsResponse>(listKey)?.privateLinkConnections.map((c) => c.displayName)).toContain('new-one');
  });

  it('a 409 refreshes the list behind the error; another failure does not', async () => {
    const { queryClient, wrapper } = await setup();
    const { result } = renderHook(() => useCreateConnection(), { wrapper });
    db.setFault('createConnection', { kind: 'http', status: 400, times: 1 });
    await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ status: 400 });
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
    db.setFault('createConnection', { kind: 'http', status: 409, times: 1 });
    await expect(result.current.mutateAsync(input)).rejects.toMatchObject({ status: 409 });
    await waitFor(() => expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true));
  });
});

describe('putConnection', () => {
  it('changes only that connection, in every cached page and its details; a connection without ID changes nothing', async () => {
    const { queryClient } = await setup();
    const before = queryClient.getQueryData<ListConnectionsResponse>(listKey)!;
    putConnection(queryClient, AWS_CLUSTER_ID, { clusterId: AWS_CLUSTER_ID, displayName: 'x', type: 'AWS_ENDPOINT_SERVICE', state: 'FAILED' });
    expect(queryClient.getQueryData(listKey)).toBe(before);
    const [pending, active] = before.privateLinkConnections;
    expect([pending?.privateLinkConnectionId, active?.privateLinkConnectionId]).toEqual([SEED_PENDING_ID, SEED_ACTIVE_ID]);
    putConnection(queryClient, AWS_CLUSTER_ID, { ...active!, displayName: 'renamed', state: 'DELETING' });
    const after = queryClient.getQueryData<ListConnectionsResponse>(listKey)!;
    expect(after.privateLinkConnections[1]).toEqual({ ...active, displayName: 'renamed', state: 'DELETING' });
    expect(after.privateLinkConnections[0]).toBe(pending);
    expect(after.totalSize).toBe(before.totalSize);
    const detail = queryClient.getQueryData<PrivateLinkConnection>(privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_ACTIVE_ID))!;
    expect(detail).toMatchObject({ state: 'DELETING', attachedDomains: [{ attachDomainId: seedAttachDomains[0]!.attachDomainId }] });
    // No details cached for the other one: none are made up.
    putConnection(queryClient, AWS_CLUSTER_ID, { ...pending!, state: 'DELETING' });
    expect(queryClient.getQueryData(privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_PENDING_ID))).toBeUndefined();
  });

  it('a whole Get replaces the details, cached or not; a row keeps its attached domains (List carries none)', async () => {
    const { queryClient } = await setup();
    const [pending, active] = queryClient.getQueryData<ListConnectionsResponse>(listKey)!.privateLinkConnections;
    const domains = [{ ...seedAttachDomains[0]!, attachDomainId: 'ad-new', uniqueName: 'other' }];
    putConnection(queryClient, AWS_CLUSTER_ID, { ...pending!, state: 'ACTIVE', attachedDomains: domains }, { whole: true });
    expect(queryClient.getQueryData(privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_PENDING_ID))).toEqual({ ...pending, state: 'ACTIVE', attachedDomains: domains });
    const row = queryClient.getQueryData<ListConnectionsResponse>(listKey)!.privateLinkConnections[0]!;
    expect(row).toMatchObject({ state: 'ACTIVE' });
    expect(row.attachedDomains).toBe(pending!.attachedDomains);
    // Whole: what the Get leaves out is gone from the details (a merge would keep the older groups).
    putConnection(queryClient, AWS_CLUSTER_ID, { ...active!, attachedDomains: undefined }, { whole: true });
    expect(queryClient.getQueryData<PrivateLinkConnection>(privateLinkKeys.detail(AWS_CLUSTER_ID, SEED_ACTIVE_ID))?.attachedDomains).toBeUndefined();
  });
});
