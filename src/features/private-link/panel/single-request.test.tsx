import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from './private-link-panel';
import { findMenuButton } from '@/test/row-menu';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const count = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).length;

async function openFromMenu(user: ReturnType<typeof renderWithProviders>['user'], row: string, item: string) {
  await user.click(await findMenuButton(`Actions for ${row}`));
  const menuItem = await screen.findByRole('menuitem', { name: item });
  await waitFor(() => expect(menuItem).not.toHaveAttribute('aria-disabled'));
  await user.click(menuItem);
  return screen.findByRole('dialog');
}

/** Submits twice in the same tick (a double click, or Enter pressed twice) and once more after. */
function hammer(button: HTMLElement) {
  const form = button.closest('form')!;
  fireEvent.click(button);
  fireEvent.click(button);
  fireEvent.submit(form);
}

// The first case also pays the cold import of the lazy dialogs' code (react-hook-form, zod): seconds on a busy machine.
describe('every dialog sends exactly one request per submit', { timeout: 30_000 }, () => {
  it('Attach Domains', async () => {
    db.timing.latencyMs = 30;
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const dialog = await openFromMenu(user, 'orders-rds', 'Attach Domains');
    await within(dialog).findByRole('list', { name: 'Domains to attach' });
    const before = count('attachDomains');
    hammer(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(count('attachDomains') - before).toBe(1);
  });

  it('Detach Domains', async () => {
    db.timing.latencyMs = 30;
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const dialog = await openFromMenu(user, 'orders-rds', 'Detach Domains');
    await user.click(await within(dialog).findByRole('checkbox'));
    hammer(within(dialog).getByRole('button', { name: 'Detach Domains' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(count('detachDomains')).toBe(1);
  });

  it('Delete', async () => {
    db.timing.latencyMs = 30;
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const dialog = await openFromMenu(user, 'kafka-events', 'Delete');
    await user.type(within(dialog).getByLabelText(/to confirm/), 'kafka-events');
    hammer(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(count('deleteConnection')).toBe(1);
  });
});
