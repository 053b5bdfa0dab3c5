import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, SEED_PENDING_ID } from '@mocks/seed';
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
    await waitFor(
      () => expect(screen.queryByRole('rowheader', { name: 'kafka-events' })).not.toBeInTheDocument(),
      WAIT,
    );
    expect(screen.queryByText('Updating the list for the new filter or page…')).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'orders-rds' }).closest('[aria-busy]')).toHaveAttribute(
      'aria-busy',
      'false',
    );
  });

  it('the filter box finds what it says (name, ID, endpoint service) and not by a domain it has not read (List carries no domains)', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const box = await screen.findByLabelText('Filter', {}, WAIT);
    await screen.findByRole('rowheader', { name: 'kafka-events' }, WAIT);
    const shown = () =>
      ['orders-rds', 'kafka-events'].filter((name) => screen.queryByRole('rowheader', { name }));
    const rows = () => screen.queryAllByTestId('connection-row').length;
    const search = async (text: string, expected: string[]) => {
      await user.clear(box);
      await user.type(box, text);
      await waitFor(() => expect([shown(), rows()]).toEqual([expected, expected.length]), WAIT);
    };
    await search('ORDERS', ['orders-rds']); // a name, any case
    await search(SEED_PENDING_ID, ['kafka-events']); // an ID
    await search('vpce-svc-07f6e5d4c3b2a1908', ['kafka-events']); // the endpoint service
    // orders-rds has TiDB Cloud Managed domains with this unique name, but List does not carry them
    await search('dvs6nl5jgveztmla3pxkxgh76i', []);
    expect(box.getAttribute('placeholder')).not.toMatch(/domain/i);
  });
});
