import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { openDetachDialog } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const WAIT = { timeout: 10_000 };
const count = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).length;

describe('Detach Domains answered 404 for domains detached elsewhere', { timeout: 30_000 }, () => {
  it('says they were already detached (not that the connection is gone) and refreshes the list and the dialog', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const dialog = await openDetachDialog(user, 'orders-rds', WAIT.timeout);
    await user.click(within(dialog).getByRole('checkbox'));
    // Detached elsewhere (another tab, the CLI): the connection stays.
    db.data.attachDomains = db.data.attachDomains.filter((a) => a.privateLinkConnectionId !== SEED_ACTIVE_ID);
    const lists = count('listConnections');
    const gets = count('getConnection');
    await user.click(within(dialog).getByRole('button', { name: 'Detach Domains' }));
    const alert = await within(dialog).findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('These domains were already detached');
    expect(alert).toHaveTextContent('Already detached.');
    expect(alert).not.toHaveTextContent(/no longer exists|were not detached/);
    // The list and the connection are read again; the dialog now shows nothing left to detach.
    await waitFor(() => expect(count('listConnections')).toBeGreaterThan(lists), WAIT);
    await waitFor(() => expect(count('getConnection')).toBeGreaterThan(gets), WAIT);
    expect(await within(dialog).findByText('No domains are attached to this connection.', {}, WAIT)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Detach Domains' })).toBeDisabled();
    expect(db.data.connections.some((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)).toBe(true);
  });
});
