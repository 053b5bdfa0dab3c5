import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { awsCluster, findMenuButton } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

const TEXT = {
  en: {
    actions: (name: string) => `Actions for ${name}`,
    del: 'Delete',
    attach: 'Attach Domains',
    delTitle: 'Delete Private Link Connection',
    confirm: /to confirm/,
    close: 'Close',
    leave: 'You can close this: the request goes on, and the page shows how it ends.',
    sending: 'Delete Private Link Connection "orders-rds": still being sent. How it ends will show here.',
    failed: 'The private link connection was not deleted. (orders-rds)',
    deleting: 'Private link connection "orders-rds" is being deleted.',
  },
  'zh-CN': {
    actions: (name: string) => `${name} 的操作`,
    del: '删除',
    attach: '绑定域名',
    delTitle: /^删除私有链路连接/,
    confirm: /以确认/,
    close: '关闭',
    leave: '可以关闭此对话框：请求会继续发送，结果将显示在页面上。',
    sending: /^删除私有链路连接.*“orders-rds”：仍在发送中，结果将显示在此处。$/,
    failed: /\(orders-rds\)$/,
    deleting: /orders-rds/,
  },
} as const;

/** A DELETE held until `release` is called; then answered with `answer`, or by the mock as usual. */
function holdDelete(answer?: () => Response) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.delete('*/privateLinkConnections/:id', async () => {
      await held;
      return answer?.();
    }),
  );
  return () => release();
}

async function sendDeleteThenLeave(lang: keyof typeof TEXT) {
  const t = TEXT[lang];
  const view = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />, { lang });
  const { user } = view;
  await user.click(await findMenuButton(t.actions('orders-rds')));
  await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: t.del }));
  const dialog = await screen.findByRole('dialog', { name: t.delTitle });
  await user.type(within(dialog).getByLabelText(t.confirm), 'orders-rds');
  await user.click(within(dialog).getByRole('button', { name: t.del }));
  // While it sends, the dialog says it can be left; Cancel has become Close, and × works too.
  expect(await within(dialog).findByText(t.leave)).toBeInTheDocument();
  const closes = within(dialog).getAllByRole('button', { name: t.close });
  expect(closes).toHaveLength(2);
  for (const close of closes) expect(close).toBeEnabled();
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(await screen.findByText(t.sending)).toBeInTheDocument();
  return view;
}

describe('A dialog can be left while it sends (issue 26, item 8)', () => {
  it.each(['en', 'zh-CN'] as const)('Delete left while sending: its failure is the panel\'s notice (%s)', async (lang) => {
    const release = holdDelete(() => HttpResponse.json({ code: 13, message: 'internal error', details: [] }, { status: 500 }));
    await sendDeleteThenLeave(lang);
    release();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(TEXT[lang].failed)).toBeInTheDocument();
    expect(screen.queryByText(TEXT[lang].sending)).not.toBeInTheDocument();
  });

  it('a change that ends after its dialog was left closes no other dialog', async () => {
    const t = TEXT.en;
    const release = holdDelete();
    const { user } = await sendDeleteThenLeave('en');
    // Another dialog, opened while the Delete is still out, stays open when it ends.
    await user.click(await findMenuButton(t.actions('kafka-events')));
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: /^Delete/ }));
    const other = await screen.findByRole('dialog', { name: t.delTitle });
    expect(other).toHaveAccessibleDescription(/kafka-events/);
    release();
    expect(await screen.findByText(t.deleting)).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: t.delTitle })).toBe(other);
    expect(screen.queryByText(t.sending)).not.toBeInTheDocument();
  });
});

describe('Create keeps its draft (issue 26, item 8)', () => {
  it('a half-filled Create closed opens again as it was left; a created one opens blank', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
    const open = async () => {
      await user.click(await screen.findByRole('button', { name: 'Create Private Link Connection' }));
      return screen.findByRole('dialog', { name: /^Create Private Link Connection/ });
    };
    let dialog = await open();
    await user.type(within(dialog).getByLabelText('Private Link Connection Name'), 'draft-one');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    dialog = await open();
    expect(within(dialog).getByLabelText('Private Link Connection Name')).toHaveValue('draft-one');
    await user.type(within(dialog).getByLabelText('Endpoint Service Name'), 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    dialog = await open();
    expect(within(dialog).getByLabelText('Private Link Connection Name')).toHaveValue('');
  });
});
