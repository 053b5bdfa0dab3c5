import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const WAIT = { timeout: 10_000 };

describe('no stale rows', { timeout: 30_000 }, () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('while a changed filter loads, the previous rows are marked as loading (busy, dimmed, said), then replaced', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const pending = await screen.findByRole('rowheader', { name: 'kafka-events' }, WAIT);
    db.timing.latencyMs = 1500;
    await user.selectOptions(screen.getByLabelText('State'), 'ACTIVE');
    // The Pending row is still on screen from the old answer: it must not pass for a match.
    expect(await screen.findByText('Updating the list for the new filter or page…')).toBeInTheDocument();
    expect(pending.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'kafka-events' })).not.toBeInTheDocument(), WAIT);
    expect(screen.queryByText('Updating the list for the new filter or page…')).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'orders-rds' }).closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  });

  it('the filter box promises only what it finds: name, ID or endpoint service (List carries no domains)', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const box = await screen.findByLabelText('Filter', {}, WAIT);
    expect(box).toHaveAttribute('placeholder', 'Name, ID or endpoint service');
    expect(box.getAttribute('placeholder')).not.toMatch(/domain/i);
  });
});
