import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { alicloudActiveConnection } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { alicloudCluster, awsCluster, openMenu, requestsTo } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

/** Renders the panel of `cluster` and opens Attach Domains from the menu of row `row`. */
async function openAttach(row = 'orders-rds', cluster = awsCluster) {
  const { user } = renderWithProviders(<PrivateLinkPanel cluster={cluster} />);
  await user.click(within(await openMenu(user, row)).getByRole('menuitem', { name: 'Attach Domains' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Attach Domains' }) };
}

describe('Attach Domains dialog', () => {
  it('previews TiDB Cloud Managed domains with a dry run, attaches them and shows them in the row', async () => {
    const { user, dialog } = await openAttach();
    expect(within(dialog).getByRole('radio', { name: /TiDB Cloud Managed/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /Confluent Cloud/ })).toBeInTheDocument();
    const preview = await within(dialog).findByRole('list', { name: 'Domains to attach' });
    const dry = JSON.parse(requestsTo('attachDomains')[0]!.body!);
    expect(dry).toEqual({ attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: '' }, validateOnly: true });
    const names = within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace('Copy', ''));
    const unique = names[0]!.split('.')[2]!;
    expect(unique).toMatch(/^[a-z0-9]{26}$/);
    expect(names).toEqual(
      ['use1-az1', 'use1-az2', 'use1-az4'].map((az) => `*.${az}.${unique}.aws.plc.tidbcloud.com`),
    );
    expect(db.data.attachDomains).toHaveLength(1); // a dry run attaches nothing

    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(JSON.parse(requestsTo('attachDomains')[1]!.body!)).toEqual({
      attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: unique },
      validateOnly: false,
    });
    expect(screen.getByText(`Attached to "orders-rds": *.use1-az1.${unique}.aws.plc.tidbcloud.com, *.use1-az2.${unique}.aws.plc.tidbcloud.com, *.use1-az4.${unique}.aws.plc.tidbcloud.com.`)).toBeInTheDocument();
    expect(await screen.findByText(`*.use1-az1.${unique}.aws.plc.tidbcloud.com`)).toBeInTheDocument();
  });

  it('validates the Confluent unique name, then attaches Confluent domains', async () => {
    const { user, dialog } = await openAttach();
    await user.click(within(dialog).getByRole('radio', { name: /Confluent Cloud/ }));
    const input = within(dialog).getByLabelText('Unique Name');
    await user.type(input, 'domnprzqrog.us-west-2');
    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('must be in us-east-1'));
    const before = requestsTo('attachDomains').length;
    await user.clear(input);
    await user.type(input, 'domnprzqrog.us-east-1{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsTo('attachDomains')).toHaveLength(before + 1);
    expect(await screen.findByText('*.domnprzqrog.us-east-1.aws.confluent.cloud')).toBeInTheDocument();
    expect(screen.getByText('*.use1-az4.domnprzqrog.us-east-1.aws.confluent.cloud')).toBeInTheDocument();
  });

  it('keeps the dialog and the input on a server error, and retries', async () => {
    const { user, dialog } = await openAttach();
    await user.click(within(dialog).getByRole('radio', { name: /Confluent Cloud/ }));
    db.setFault('attachDomains', {
      kind: 'http',
      status: 409,
      times: 1,
      message: 'domains with unique name domnprzqrog.us-east-1 are already attached',
    });
    await user.type(within(dialog).getByLabelText('Unique Name'), 'domnprzqrog.us-east-1');
    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('already attached');
    expect(within(dialog).getByLabelText('Unique Name')).toHaveValue('domnprzqrog.us-east-1');
    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('does not offer Confluent Cloud on Alibaba Cloud', async () => {
    db.data.connections.push(alicloudActiveConnection());
    const { dialog } = await openAttach('ali-rds', alicloudCluster);
    expect(within(dialog).getAllByRole('radio')).toHaveLength(1);
    expect(within(dialog).queryByRole('radio', { name: /Confluent/ })).not.toBeInTheDocument();
    const preview = await within(dialog).findByRole('list', { name: 'Domains to attach' });
    expect(preview).toHaveTextContent(/^\*\.[a-z0-9]{26}\.alicloud\.plc\.tidbcloud\.comCopy$/);
  });
});
