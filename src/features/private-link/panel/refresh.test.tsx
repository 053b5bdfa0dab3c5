import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const lists = () => db.requests.filter((r) => r.endpoint === 'listConnections').length;

describe('Refresh and the time of the last update', { timeout: 30_000 }, () => {
  it('shows when the list was updated and refreshes it on demand', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const updated = await screen.findByText(/^Updated at /);
    expect(updated.tagName).toBe('TIME');
    expect(lists()).toBe(1);
    expect(
      screen.getAllByTestId('connection-row').filter((r) => r.textContent?.includes('Pending acceptance')),
    ).toHaveLength(1);
    // Someone accepts the request in the AWS console: the page learns it on Refresh.
    db.acceptPending(AWS_CLUSTER_ID);
    const before = updated.getAttribute('datetime')!;
    const shownBefore = updated.textContent;
    // The refresh happens 7 s later on a fake clock (Date only: the requests' timers stay real).
    const later = Date.parse(before) + 7000;
    vi.useFakeTimers({ toFake: ['Date'], now: later });
    try {
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      const pendingRows = () =>
        screen.getAllByTestId('connection-row').filter((r) => r.textContent?.includes('Pending acceptance'));
      await waitFor(() => expect(pendingRows()).toHaveLength(0));
      expect(lists()).toBe(2);
      const after = screen.getByText(/^Updated at /);
      expect(after.getAttribute('datetime')).toBe(new Date(later).toISOString());
      expect(after.textContent).not.toBe(shownBefore); // the shown time (with seconds) moved too
    } finally {
      vi.useRealTimers();
    }
  });

  it('in Chinese, and with the documentation link', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={aws} />, { lang: 'zh-CN' });
    expect(await screen.findByText(/^更新于 /)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '刷新' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /了解私有链路连接.*在新标签页中打开/ })).toHaveAttribute(
      'href',
      'https://docs.pingcap.com/zh/tidbcloud/serverless-private-link-connection/',
    );
  });

  it('links the private link connection documentation in English', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const link = await screen.findByRole('link', { name: /Learn more about private link connections/ });
    expect(link).toHaveAttribute(
      'href',
      'https://docs.pingcap.com/tidbcloud/serverless-private-link-connection/',
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
