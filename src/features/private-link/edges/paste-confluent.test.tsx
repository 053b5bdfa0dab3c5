import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { awsCluster, requestsTo, findMenuButton } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

const TEXT = {
  en: { actions: 'Actions for orders-rds', attach: 'Attach Domains', title: /^Attach Domains/, name: 'Unique Name', sentAs: 'Will be sent as domnprzqrog.us-east-1', notice: /^Attached to "orders-rds": \*\.domnprzqrog\.us-east-1\.aws\.confluent\.cloud, \*\.use1-az1\./, unsure: /Read as domnprzqrog\.us-east-1: the first part/ },
  'zh-CN': { actions: 'orders-rds 的操作', attach: '绑定域名', title: /^绑定域名/, name: '唯一名称', sentAs: '将以 domnprzqrog.us-east-1 发送', notice: /^已绑定到“orders-rds”：\*\.domnprzqrog\.us-east-1\.aws\.confluent\.cloud, \*\.use1-az1\./, unsure: /已读取为 domnprzqrog\.us-east-1：粘贴的域名中第一段已被去掉/ },
} as const;

async function openConfluent(lang: keyof typeof TEXT) {
  const t = TEXT[lang];
  const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />, { lang });
  await user.click(await findMenuButton(t.actions));
  await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: t.attach }));
  const dialog = await screen.findByRole('dialog', { name: t.title });
  await user.click(within(dialog).getByRole('radio', { name: /Confluent Cloud/ }));
  return { user, dialog, input: within(dialog).getByLabelText(t.name) };
}

const attached = () => requestsTo('attachDomains').map((r) => JSON.parse(r.body!).attachDomain.uniqueName);

describe('pasting what Confluent shows (issue 26, item 5)', () => {
  it.each(['en', 'zh-CN'] as const)('a URL of the full domain, with spaces and upper case, is read as the unique name and shown (%s)', async (lang) => {
    const t = TEXT[lang];
    const { user, dialog, input } = await openConfluent(lang);
    await user.click(input);
    await user.paste(' https://DOMNPRZQROG.us-east-1.aws.confluent.cloud:443/ ');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(t.sentAs));
    await user.click(within(dialog).getByRole('button', { name: t.attach }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(attached()).toContain('domnprzqrog.us-east-1');
    // The success notice names the domains attached (from the answer).
    expect(screen.getByText(t.notice)).toBeInTheDocument();
  });

  it.each(['en', 'zh-CN'] as const)('a domain with one more label (a cluster or a zone) is read with a warning (%s)', async (lang) => {
    const { user, input } = await openConfluent(lang);
    await user.click(input);
    await user.paste('lkc-abc12.domnprzqrog.us-east-1.aws.confluent.cloud.');
    expect(input).toHaveAccessibleDescription(expect.stringMatching(TEXT[lang].unsure));
  });
});
