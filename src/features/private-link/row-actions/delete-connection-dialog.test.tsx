import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { awsCluster, openMenu, requestsTo } from '@/test/row-menu';
import { privateLinkKeys } from '../api/keys';
import { PrivateLinkPanel } from '../panel/private-link-panel';

describe('Delete dialog', () => {
  it('requires typing the name, then marks the row Deleting', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    await user.click(within(await openMenu(user, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Private Link Connection' });
    expect(dialog).toHaveTextContent('You are about to delete kafka-events');
    expect(dialog).toHaveTextContent(/changefeeds and data migrations/);
    expect(dialog).toHaveTextContent(/attached to it are detached/);
    const submit = within(dialog).getByRole('button', { name: 'Delete' });
    await user.type(within(dialog).getByLabelText(/to confirm/), 'kafka');
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/to confirm/), '-events');
    await user.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsTo('deleteConnection')[0]!.url).toContain(SEED_PENDING_ID);
    const row = screen.getByRole('rowheader', { name: 'kafka-events' }).closest('tr')!;
    expect(within(row).getByText('Deleting')).toBeInTheDocument();
  });

  it('keeps the row Deleting when a read of the list, sent before the delete, answers after it', async () => {
    const { user, queryClient } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    await user.click(within(await openMenu(user, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Private Link Connection' });
    await user.type(within(dialog).getByLabelText(/to confirm/), 'orders-rds');
    // A background read of the list reads orders-rds as Active now; its answer lands after the delete's.
    const release = db.holdNextAnswer('listConnections');
    const lists = requestsTo('listConnections').length;
    const listKey = privateLinkKeys.lists(AWS_CLUSTER_ID);
    void queryClient.refetchQueries({ queryKey: listKey, type: 'active' });
    await waitFor(() => expect(requestsTo('listConnections')).toHaveLength(lists + 1));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    release();
    // Once the list's reads are over, the row still says what the delete answered.
    await waitFor(() => expect(queryClient.isFetching({ queryKey: listKey })).toBe(0), { timeout: 5000 });
    const row = screen.getByRole('rowheader', { name: 'orders-rds' }).closest('tr')!;
    expect(within(row).getByText('Deleting')).toBeInTheDocument();
  });

  it('says the connection no longer exists on a 404 and refreshes the list', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    await user.click(within(await openMenu(user, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }));
    db.data.connections = db.data.connections.filter((c) => c.privateLinkConnectionId !== SEED_ACTIVE_ID); // deleted elsewhere
    const dialog = await screen.findByRole('dialog', { name: 'Delete Private Link Connection' });
    await user.type(within(dialog).getByLabelText(/to confirm/), 'orders-rds');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('no longer exists');
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(1));
  });
});
