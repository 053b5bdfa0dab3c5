import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { awsCluster, openMenu, requestsTo } from '@/test/row-menu';
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
