import { render, screen, waitFor, within } from '@testing-library/react';
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
function renderApp(lang: keyof typeof TEXT, queryClient = createQueryClient()) {
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient} lang={lang} catalog={catalogOf(lang)}>
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

  it.each(['en', 'zh-CN'] as const)('clicks while a refresh is under way join it: one call; a click after it reads again (%s)', async (lang) => {
    const user = renderApp(lang);
    await screen.findAllByTestId('connection-row');
    const before = requestsTo('listConnections').length;
    db.timing = { ...db.timing, latencyMs: 800 };
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: TEXT[lang].refresh }));
    await waitFor(() => expect(screen.getByRole('button', { name: TEXT[lang].refresh })).not.toHaveAttribute('aria-busy'));
    expect(requestsTo('listConnections').length - before).toBe(1);
    db.timing = { ...db.timing, latencyMs: 0 };
    await user.click(screen.getByRole('button', { name: TEXT[lang].refresh }));
    await waitFor(() => expect(requestsTo('listConnections').length - before).toBe(2));
  });

  it('a Refresh during a background read reads again: the answer shows what changed since that read left', async () => {
    const queryClient = createQueryClient();
    const user = renderApp('en', queryClient);
    const pending = (await screen.findAllByTestId('connection-row')).find((r) => within(r).queryByText('kafka-events'))!;
    expect(within(pending).getByText('Pending acceptance')).toBeInTheDocument();
    // A background read whose answer (still "Pending acceptance") is late; meanwhile the user accepts
    // the request in their cloud and clicks Refresh.
    db.setFault('listConnections', { kind: 'hang', afterWork: true, times: 1 });
    void queryClient.refetchQueries({ type: 'active' });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Refresh/ })).toHaveAttribute('aria-busy', 'true'));
    db.acceptPending();
    await user.click(screen.getByRole('button', { name: /^Refresh/ }));
    await waitFor(() => expect(within(pending).getByText('Active')).toBeInTheDocument(), { timeout: 5000 });
  });
});
