import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from './private-link-panel';
import { settledSince } from './state-changes';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };

/** A stand-in for the browser's Notification API: what was asked and shown. */
function fakeNotifications(answer: NotificationPermission) {
  const shown: { title: string; body?: string }[] = [];
  const requestPermission = vi.fn(async () => {
    Fake.permission = answer;
    return answer;
  });
  class Fake {
    static permission: NotificationPermission = 'default';
    static requestPermission = requestPermission;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body });
    }
  }
  vi.stubGlobal('Notification', Fake);
  return { shown, requestPermission };
}
const hide = () => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  document.title = '';
});

describe('told when a connection changes', () => {
  it('settledSince: only a move from Creating or Pending acceptance to Active or Failed', () => {
    const c = (state: string, id = 'a') => ({
      privateLinkConnectionId: id,
      clusterId: 'c',
      displayName: id,
      type: 'AWS_ENDPOINT_SERVICE',
      state,
    });
    expect(settledSince([c('PENDING_ACCEPTANCE')], [c('ACTIVE')])).toEqual([
      { id: 'a', name: 'a', state: 'ACTIVE' },
    ]);
    expect(settledSince([c('CREATING')], [c('FAILED')])).toEqual([{ id: 'a', name: 'a', state: 'FAILED' }]);
    expect(settledSince([c('CREATING')], [c('PENDING_ACCEPTANCE')])).toEqual([]);
    expect(settledSince([c('ACTIVE')], [c('DELETING')])).toEqual([]);
    expect(settledSince([], [c('ACTIVE')])).toEqual([]); // first seen as Active: no news
  });

  it('a change shows in the page and in the tab title until dismissed; no permission asked on load', async () => {
    const { requestPermission } = fakeNotifications('granted');
    document.title = 'Networking · Cluster0 · TiDB Cloud';
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await screen.findByRole('button', { name: 'I accepted it — check now' });
    expect(requestPermission).not.toHaveBeenCalled();
    db.acceptPending(AWS_CLUSTER_ID);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByText('Connection state changed');
    expect(alert.closest('[role=status]')).toHaveTextContent('“kafka-events” is now Active.');
    expect(document.title).toBe('● kafka-events: Active · Networking · Cluster0 · TiDB Cloud');
    await user.click(
      within(alert.closest('[role=status]') as HTMLElement).getByRole('button', { name: 'Dismiss' }),
    );
    expect(document.title).toBe('Networking · Cluster0 · TiDB Cloud');
  });

  it('opted in by a click: a hidden tab gets a browser notification', async () => {
    const { shown, requestPermission } = fakeNotifications('granted');
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(await screen.findByRole('button', { name: 'Notify me when a connection changes' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Notifications on — turn off' })).toBeInTheDocument();
    hide();
    db.rejectPending(AWS_CLUSTER_ID);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByText('Connection state changed');
    expect(shown).toEqual([
      { title: 'Private link connection Failed', body: '“kafka-events” is now Failed.' },
    ]);
  });

  it('not opted in, or blocked: no notification', async () => {
    const { shown } = fakeNotifications('denied');
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(await screen.findByRole('button', { name: 'Notify me when a connection changes' }));
    expect(await screen.findByText(/blocks notifications here/)).toBeInTheDocument();
    hide();
    db.acceptPending(AWS_CLUSTER_ID);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByText('Connection state changed');
    expect(shown).toEqual([]);
  });
});
