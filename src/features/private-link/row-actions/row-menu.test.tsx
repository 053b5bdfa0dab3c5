import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { awsCluster, openMenu, requestsTo } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

describe('row menu', () => {
  it('disables Attach and Detach for a pending connection, saying why, and keeps Delete', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    const menu = await openMenu(user, 'kafka-events');
    const attach = within(menu).getByRole('menuitem', { name: /Attach Domains/ });
    expect(attach).toHaveAttribute('aria-disabled', 'true');
    expect(attach).toHaveTextContent('Available once the connection is Active.');
    expect(within(menu).getByRole('menuitem', { name: /Detach Domains/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
    await user.click(attach);
    // The unavailable item does nothing: the menu stays open, no dialog opens, nothing is read.
    expect(screen.getByRole('menu')).toBe(menu);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requestsTo('getConnection')).toHaveLength(0);
  });

  it('checks attached domains with Get when the menu of an active connection opens', async () => {
    db.data.attachDomains = [];
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    const menu = await openMenu(user, 'orders-rds');
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: /Detach Domains/ })).toHaveTextContent(
        'No domains are attached.',
      ),
    );
    expect(within(menu).getByRole('menuitem', { name: 'Attach Domains' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('says under Detach how many domains Get found, naming each item by its action alone', async () => {
    db.setFault('getConnection', { kind: 'hang' });
    const { user, queryClient } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    let menu = await openMenu(user, 'orders-rds');
    let detach = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    expect(detach).toHaveAccessibleDescription('Checking attached domains…');
    expect(detach).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    db.clearFaults();
    queryClient.clear();
    menu = await openMenu(user, 'orders-rds');
    detach = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    await waitFor(() => expect(detach).toHaveAccessibleDescription('3 domains are attached.'));
    expect(detach).not.toHaveAttribute('aria-disabled');
    const attach = within(menu).getByRole('menuitem', { name: 'Attach Domains' });
    expect(attach).not.toHaveAttribute('aria-describedby');
    expect(attach).toHaveTextContent(/^Attach Domains$/);
  });

  it('counts an attachment whose answer lists no domain names as one', async () => {
    delete db.data.attachDomains[0]!.domains;
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    const menu = await openMenu(user, 'orders-rds');
    const detach = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    await waitFor(() => expect(detach).toHaveAccessibleDescription('1 domain is attached.'));
  });

  it('says "1 domain" for one, and that it could not check when Get fails, leaving Detach available', async () => {
    db.data.attachDomains[0]!.domains = db.data.attachDomains[0]!.domains!.slice(0, 1);
    db.setFault('getConnection', { kind: 'http', status: 403, times: 1 });
    const { user, queryClient } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    let menu = await openMenu(user, 'orders-rds');
    let detach = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    await waitFor(() => expect(detach).toHaveAccessibleDescription('Could not check the attached domains.'));
    expect(detach).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    queryClient.clear();
    menu = await openMenu(user, 'orders-rds');
    detach = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    await waitFor(() => expect(detach).toHaveAccessibleDescription('1 domain is attached.'));
  });

  it('offers only Delete for a failed connection and nothing while deleting', async () => {
    const [active, pending] = db.data.connections;
    active!.state = 'FAILED';
    active!.message = 'boom';
    pending!.state = 'DELETING';
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    let menu = await openMenu(user, 'orders-rds');
    expect(within(menu).getByRole('menuitem', { name: /Attach Domains/ })).toHaveTextContent(
      'The connection failed',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Escape}');
    menu = await openMenu(user, 'kafka-events');
    for (const item of within(menu).getAllByRole('menuitem'))
      expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(within(menu).getByRole('menuitem', { name: /Attach Domains/ })).toHaveTextContent(
      'The connection is being deleted.',
    );
  });

  it('says why while a connection is being created, and for a state the console does not know', async () => {
    const [active, pending] = db.data.connections;
    active!.state = 'CREATING';
    // A state the API may add later (the contract's enums are open).
    pending!.state = 'UPGRADING' as never;
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    let menu = await openMenu(user, 'orders-rds');
    expect(within(menu).getByRole('menuitem', { name: /Attach Domains/ })).toHaveTextContent(
      'Available once the connection is Active.',
    );
    await user.keyboard('{Escape}');
    menu = await openMenu(user, 'kafka-events');
    const attach = within(menu).getByRole('menuitem', { name: /Attach Domains/ });
    expect(attach).toHaveAttribute('aria-disabled', 'true');
    expect(attach).toHaveTextContent(/Not available while the connection is [^{\s]/);
  });
});
