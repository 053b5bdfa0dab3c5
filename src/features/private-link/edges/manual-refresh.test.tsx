import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { TestRouter } from '@/test/test-router';
import { awsCluster, requestsTo } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';
import { catalogOf } from '@/test/catalogs';

const TEXT = {
  en: { refresh: /^Refresh/, failed: 'Could not refresh the list' },
  'zh-CN': { refresh: /^(正在)?刷新/, failed: '无法刷新列表' },
} as const;

/** The app's own query client: background reads retry, which a user's click must not wait for. */
function renderApp(lang: keyof typeof TEXT) {
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={createQueryClient()} lang={lang} catalog={catalogOf(lang)}>
      <TestRouter>
        <PrivateLinkPanel cluster={awsCluster} />
      </TestRouter>
    </AppProvider>,
  );
  return user;
}

describe('manual Refresh (issue 26, item 3)', () => {
  it.each(['en', 'zh-CN'] as const)('a failed Refresh says so at once, after one call (%s)', async (lang) => {
    const user = renderApp(lang);
    await screen.findAllByTestId('connection-row');
    const before = requestsTo('listConnections').length;
    db.setFault('listConnections', { kind: 'http', status: 503 });
    await user.click(screen.getByRole('button', { name: TEXT[lang].refresh }));
    // Three silent retries would take 1 + 2 + 4 s.
    expect(await screen.findByText(new RegExp(TEXT[lang].failed), undefined, { timeout: 1500 })).toBeInTheDocument();
    expect(requestsTo('listConnections').length - before).toBe(1);
  });

  it.each(['en', 'zh-CN'] as const)('clicks while a refresh is under way join it: one call (%s)', async (lang) => {
    const user = renderApp(lang);
    await screen.findAllByTestId('connection-row');
    const before = requestsTo('listConnections').length;
    db.timing = { ...db.timing, latencyMs: 800 };
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: TEXT[lang].refresh }));
    await waitFor(() => expect(screen.getByRole('button', { name: TEXT[lang].refresh })).not.toHaveAttribute('aria-busy'));
    expect(requestsTo('listConnections').length - before).toBe(1);
  });
});
