import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { awsCluster, findMenuButton } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

const TEXT = {
  en: { actions: 'Actions for orders-rds', del: 'Delete', title: 'Delete Private Link Connection', confirm: /to confirm/, deleting: 'Deleting' },
  'zh-CN': { actions: 'orders-rds 的操作', del: '删除', title: /^删除私有链路连接/, confirm: /以确认/, deleting: '删除中' },
} as const;

async function confirmDelete(lang: keyof typeof TEXT, beforeSubmit: () => void) {
  const t = TEXT[lang];
  const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />, { lang });
  await user.click(await findMenuButton(t.actions));
  await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: t.del }));
  const dialog = await screen.findByRole('dialog', { name: t.title });
  await user.type(within(dialog).getByLabelText(t.confirm), 'orders-rds');
  beforeSubmit();
  await user.click(within(dialog).getByRole('button', { name: t.del }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const row = screen.getByRole('rowheader', { name: 'orders-rds' }).closest('tr')!;
  expect(within(row).getByText(t.deleting)).toBeInTheDocument();
}

describe('Delete: the answer shows at once (issue 26, item 7)', () => {
  it.each(['en', 'zh-CN'] as const)('the row shows Deleting from the DELETE answer, before any list read (%s)', async (lang) => {
    // Every list read after the DELETE hangs: only the DELETE's own answer can mark the row.
    await confirmDelete(lang, () => db.setFault('listConnections', { kind: 'hang' }));
  });

  it.each(['en', 'zh-CN'] as const)('a connection already being deleted (another tab) is what was asked, not a failure (%s)', async (lang) => {
    await confirmDelete(lang, () => {
      const c = db.data.connections.find((x) => x.privateLinkConnectionId === SEED_ACTIVE_ID)!;
      c.state = 'DELETING'; // deleted from another tab while this one still shows it Active
      db.setFault('listConnections', { kind: 'hang' });
    });
  });
});
