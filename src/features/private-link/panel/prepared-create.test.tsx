import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const CREATE = 'Create Private Link Connection';

afterEach(() => vi.useRealTimers());

/** The panel once its reads are done and the browser's idle time (a timer in jsdom) has passed; the dialog rendered ahead. */
async function renderSettled() {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
  await screen.findByRole('rowheader', { name: 'orders-rds' });
  await act(() => vi.advanceTimersByTimeAsync(2000));
  const prepared = await waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('[role=dialog]');
    expect(dialog).not.toBeNull();
    return dialog!;
  });
  return { user, prepared };
}

describe('the Create dialog, rendered ahead', () => {
  it('is in the page but hidden once the page has settled; Create reveals that same dialog on its first field; closing hides it with the draft kept', async () => {
    const { user, prepared } = await renderSettled();
    // Hidden: not shown, not in the accessibility tree, and the page is not locked behind it.
    expect(prepared).not.toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body).not.toHaveStyle({ pointerEvents: 'none' });

    const create = screen.getByRole('button', { name: CREATE });
    await user.click(create);
    const dialog = screen.getByRole('dialog', { name: new RegExp(CREATE) });
    expect(dialog).toBe(prepared);
    const name = screen.getByLabelText('Private Link Connection Name');
    expect(name).toHaveFocus();

    await user.keyboard('orders-kafka');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(create).toHaveFocus();

    await user.click(create);
    expect(screen.getByLabelText('Private Link Connection Name')).toHaveValue('orders-kafka');
  });
});

describe('the Create dialog after a connection was created', () => {
  it('opens blank and sends again (its body rendered ahead starts afresh)', async () => {
    const { user } = await renderSettled();
    const create = screen.getByRole('button', { name: CREATE });
    for (const name of ['first-kafka', 'second-kafka']) {
      await user.click(create);
      const dialog = screen.getByRole('dialog', { name: new RegExp(CREATE) });
      expect(within(dialog).getByLabelText('Private Link Connection Name')).toHaveValue('');
      await user.type(within(dialog).getByLabelText('Private Link Connection Name'), name);
      await user.type(within(dialog).getByLabelText('Endpoint Service Name'), 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0');
      await user.click(within(dialog).getByRole('button', { name: 'Create' }));
      expect(await screen.findByRole('rowheader', { name }, { timeout: 10_000 })).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    }
    expect(db.requests.filter((r) => r.endpoint === 'createConnection')).toHaveLength(2);
  });
});
