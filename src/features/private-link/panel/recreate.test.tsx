import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, SEED_PENDING_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };

describe('Create again with these settings', { timeout: 30_000 }, () => {
  it('opens Create filled in from the failed row, and once the new one exists offers to delete the failed one', async () => {
    db.rejectPending(AWS_CLUSTER_ID);
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(await screen.findByRole('button', { name: 'Create again with these settings' }));
    const dialog = await screen.findByRole('dialog', { name: /Create Private Link Connection/ });
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'Filled in from the failed connection “kafka-events”.',
    );
    const name = within(dialog).getByRole('textbox', { name: 'Private Link Connection Name' });
    expect(name).toHaveValue('kafka-events');
    expect(within(dialog).getByRole('textbox', { name: 'Endpoint Service Name' })).toHaveValue(
      'com.amazonaws.vpce.us-east-1.vpce-svc-07f6e5d4c3b2a1908',
    );
    // The API accepts the name twice; a name of its own keeps this test independent of the mock's rule.
    await user.type(name, '-2');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const offer = await screen.findByText(
      `The failed connection “kafka-events” (${SEED_PENDING_ID}) is still listed.`,
    );
    await user.click(
      within(offer.closest('[role=status]') as HTMLElement).getByRole('button', {
        name: `Delete the failed “kafka-events” (${SEED_PENDING_ID})`,
      }),
    );
    const del = await screen.findByRole('dialog', { name: /Delete/ });
    expect(del).toHaveTextContent('kafka-events');
  });
});
