import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { AppProvider } from '@/app/provider';
import { createQueryClient, shouldRetryRead } from '@/lib/query-client';
import { requestsTo } from '@/test/row-menu';
import { connectionsQueryOptions } from '../api/list-connections';
import { CreateConnectionDialog } from '../create/create-connection-dialog';
import { TestRouter } from '@/test/test-router';
import { catalogOf } from '@/test/catalogs';

const SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
const TEXT = {
  en: { name: 'Private Link Connection Name', service: 'Endpoint Service Name', create: 'Create', offline: /You are offline: nothing is sent/, limited: /rate limiting this API key: nothing is sent/, zones: /Could not load the TiDB Cloud account ID/ },
  'zh-CN': { name: '私有链路连接名称', service: 'Endpoint Service 名称', create: '创建', offline: /当前处于离线状态：恢复网络前不会发送/, limited: /正在对此 API 密钥限流/, zones: /无法加载 TiDB Cloud 账户 ID/ },
} as const;
type Lang = keyof typeof TEXT;

function renderCreate(lang: Lang, queryClient: QueryClient = createQueryClient()) {
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient} lang={lang} catalog={catalogOf(lang)}>
      <TestRouter>
        <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" onSuccess={vi.fn()} />
      </TestRouter>
    </AppProvider>,
  );
  return user;
}

async function fill(user: ReturnType<typeof userEvent.setup>, lang: Lang) {
  await user.type(screen.getByLabelText(TEXT[lang].name), 'waits');
  await user.type(screen.getByLabelText(TEXT[lang].service), SERVICE);
}

afterEach(() => onlineManager.setOnline(true));

/**
 * Enter in the form, then 100 ms on a fake clock, passed at once: a submit that sends (its
 * validation, the mutation, the mock's answer) is promises and timers, all run by then.
 */
async function pressEnterAndWait(user: ReturnType<typeof userEvent.setup>, lang: Lang) {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  await user.type(screen.getByLabelText(TEXT[lang].service), '{Enter}');
  await vi.advanceTimersByTimeAsync(100);
  vi.useRealTimers();
}

describe('can this send now? (issue 26, items 1 and 2)', () => {
  it.each(['en', 'zh-CN'] as const)('offline, Create does not send and says why; the zones box gives up (%s)', async (lang) => {
    db.setFault('getAvailabilityZones', { kind: 'network' }); // what an offline browser gets
    onlineManager.setOnline(false);
    const user = renderCreate(lang);
    expect(await screen.findByText(TEXT[lang].zones, undefined, { timeout: 2000 })).toBeInTheDocument();
    await fill(user, lang);
    const create = screen.getByRole('button', { name: TEXT[lang].create });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(TEXT[lang].offline);
    await pressEnterAndWait(user, lang);
    expect(requestsTo('createConnection')).toHaveLength(0);
    onlineManager.setOnline(true);
    await waitFor(() => expect(create).toBeEnabled());
  });

  it.each(['en', 'zh-CN'] as const)('during a read’s 429 countdown, Create does not send and says why; the zones box gives up after its own 429 (%s)', async (lang) => {
    db.setFault('listConnections', { kind: 'http', status: 429, retryAfterSeconds: 30, times: 1 });
    db.setFault('getAvailabilityZones', { kind: 'http', status: 429, retryAfterSeconds: 30 });
    const queryClient = createQueryClient();
    // A read (the list behind the dialog) waiting out its 429: the banner's countdown.
    void queryClient.prefetchQuery({ ...connectionsQueryOptions(AWS_CLUSTER_ID), retry: shouldRetryRead });
    const user = renderCreate(lang, queryClient);
    expect(await screen.findByText(TEXT[lang].zones, undefined, { timeout: 2000 })).toBeInTheDocument();
    await fill(user, lang);
    const create = screen.getByRole('button', { name: TEXT[lang].create });
    await waitFor(() => expect(create).toBeDisabled());
    expect(create).toHaveAccessibleDescription(TEXT[lang].limited);
    await pressEnterAndWait(user, lang);
    expect(requestsTo('createConnection')).toHaveLength(0);
  });
});
