import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { config } from '@/lib/config';
import { renderWithProviders } from '@/test/render';
import { connectionsQueryOptions } from '../api/list-connections';
import { CreateConnectionDialog } from './create-connection-dialog';

const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
const WAIT = { timeout: 10_000 };
const creates = () => db.requests.filter((r) => r.endpoint === 'createConnection');
const named = (name: string) => db.data.connections.filter((c) => c.displayName === name);

/** The page's list, active behind the dialog (as on the page). */
function List() {
  useQuery(connectionsQueryOptions(AWS_CLUSTER_ID));
  return null;
}

function renderCreate() {
  const onSuccess = vi.fn();
  const onOpenChange = vi.fn();
  const r = renderWithProviders(
    <>
      <List />
      <CreateConnectionDialog open onOpenChange={onOpenChange} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" onSuccess={onSuccess} />
    </>,
  );
  return { ...r, onSuccess, onOpenChange };
}

async function submit(user: ReturnType<typeof renderCreate>['user'], name: string) {
  await user.type(screen.getByLabelText('Private Link Connection Name'), name);
  await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
  await user.click(screen.getByRole('button', { name: 'Create' }));
}

describe('Create, told truly', { timeout: 30_000 }, () => {
  const timeout = config.requestTimeoutMs;
  afterEach(() => {
    config.requestTimeoutMs = timeout;
  });

  it('opens on the name field', async () => {
    renderCreate();
    // Dialog moves focus in when it opens (its onOpenAutoFocus).
    await waitFor(() => expect(screen.getByLabelText('Private Link Connection Name')).toHaveFocus());
  });

  it('a 503 after the connection was made: recognised in the list by name, reported created, never sent twice', async () => {
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1, afterWork: true });
    const { user, onSuccess, onOpenChange } = renderCreate();
    await submit(user, 'made-anyway');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1), WAIT);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ displayName: 'made-anyway' });
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(creates()).toHaveLength(1);
    expect(named('made-anyway')).toHaveLength(1);
  });

  it('no answer in time, though it was created: recognised, not reported as failed', async () => {
    config.requestTimeoutMs = 300;
    db.setFault('createConnection', { kind: 'hang', times: 1, afterWork: true });
    const { user, onSuccess } = renderCreate();
    await submit(user, 'slow-but-made');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1), WAIT);
    expect(screen.queryByText('The private link connection was not created.')).not.toBeInTheDocument();
    expect(named('slow-but-made')).toHaveLength(1);
  });

  it('a 503 before anything was made: says it was not created and a retry is safe; the retry makes exactly one', async () => {
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1 });
    const { user, onSuccess } = renderCreate();
    await submit(user, 'not-yet');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('The private link connection was not created.');
    expect(alert).toHaveTextContent('has no new connection named "not-yet"');
    expect(alert).toHaveTextContent('try again safely');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1), WAIT);
    expect(named('not-yet')).toHaveLength(1);
  });

  it('lost connection and the list unreadable: says the outcome is unknown; the retry finds the one made and creates nothing', async () => {
    const { user, onSuccess } = renderCreate();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listConnections')).toBe(true), WAIT);
    db.setFault('createConnection', { kind: 'network', times: 1, afterWork: true });
    db.setFault('listConnections', { kind: 'network' });
    await submit(user, 'maybe-made');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('Not known whether the private link connection was created');
    expect(alert).toHaveTextContent('will not be created twice');
    db.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1), WAIT);
    expect(creates()).toHaveLength(1);
    expect(named('maybe-made')).toHaveLength(1);
  });

  it('an older `orders-rds` exists and the answer is lost before the work: not created, never reported as the older one', async () => {
    const { user, onSuccess } = renderCreate();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listConnections')).toBe(true), WAIT);
    db.setFault('createConnection', { kind: 'http', status: 503, times: 1 });
    await submit(user, 'orders-rds');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('has no new connection named "orders-rds": it was not created');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(named('orders-rds')).toHaveLength(1);
  });

  it('an older `orders-rds` exists and no answer comes, though it was made: its own new one is reported', async () => {
    config.requestTimeoutMs = 300;
    const { user, onSuccess } = renderCreate();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listConnections')).toBe(true), WAIT);
    db.setFault('createConnection', { kind: 'hang', times: 1, afterWork: true });
    await submit(user, 'orders-rds');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1), WAIT);
    const mine = named('orders-rds').find((c) => c.privateLinkConnectionId !== SEED_ACTIVE_ID)!;
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ privateLinkConnectionId: mine.privateLinkConnectionId });
    expect(named('orders-rds')).toHaveLength(2);
  });

  it('another `twin` made elsewhere while the answer is lost: says plainly it cannot tell which, and stays open', async () => {
    config.requestTimeoutMs = 1000;
    const { user, onSuccess, onOpenChange } = renderCreate();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listConnections')).toBe(true), WAIT);
    db.setFault('createConnection', { kind: 'hang', times: 1, afterWork: true });
    await submit(user, 'twin');
    // while this request waits for an answer, someone else creates a `twin` too
    await waitFor(() => expect(creates()).toHaveLength(1), WAIT);
    const other = { ...named('twin')[0]!, privateLinkConnectionId: 'plc-othertwin000000000', createTime: new Date().toISOString() };
    db.change((d) => void d.connections.push(other));
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('Not known whether the private link connection was created');
    expect(alert).toHaveTextContent('we cannot tell whether one of them is this one');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('a duplicate name refused (the mock’s 409 scenario): the 409 is told once, in the server’s words', async () => {
    db.uniqueDisplayNames = true;
    const { user } = renderCreate();
    await submit(user, 'orders-rds');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('The private link connection was not created.');
    expect(alert).toHaveTextContent('(409 Conflict): a private link connection named "orders-rds" already exists');
  });

  it('closes as soon as the call succeeds, while the list refreshes behind it (even a list that never answers)', async () => {
    const { user, onOpenChange } = renderCreate();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listConnections')).toBe(true), WAIT);
    db.setFault('listConnections', { kind: 'hang' });
    await submit(user, 'quick-close');
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false), WAIT);
  });
});
