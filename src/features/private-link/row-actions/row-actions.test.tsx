import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID, ALICLOUD_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from '../panel/private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const ali = { clusterId: ALICLOUD_CLUSTER_ID, regionId: 'ap-southeast-1', cloudProvider: 'alicloud' };

async function openMenu(user: ReturnType<typeof renderWithProviders>['user'], name: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
  return screen.findByRole('menu');
}
const requestsTo = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint);

describe('row menu', () => {
  it('disables Attach and Detach for a pending connection, saying why, and keeps Delete', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const menu = await openMenu(user, 'kafka-events');
    const attach = within(menu).getByRole('menuitem', { name: /Attach Domains/ });
    expect(attach).toHaveAttribute('aria-disabled', 'true');
    expect(attach).toHaveTextContent('Available once the connection is Active.');
    expect(within(menu).getByRole('menuitem', { name: /Detach Domains/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
    await user.click(attach);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requestsTo('getConnection')).toHaveLength(0);
  });

  it('checks attached domains with Get when the menu of an active connection opens', async () => {
    db.data.attachDomains = [];
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const menu = await openMenu(user, 'orders-rds');
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: /Detach Domains/ })).toHaveTextContent(
        'No domains are attached.',
      ),
    );
    expect(within(menu).getByRole('menuitem', { name: 'Attach Domains' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('offers only Delete for a failed connection and nothing while deleting', async () => {
    const [active, pending] = db.data.connections;
    active!.state = 'FAILED';
    active!.message = 'boom';
    pending!.state = 'DELETING';
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    let menu = await openMenu(user, 'orders-rds');
    expect(within(menu).getByRole('menuitem', { name: /Attach Domains/ })).toHaveTextContent(
      'The connection failed',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Escape}');
    menu = await openMenu(user, 'kafka-events');
    for (const item of within(menu).getAllByRole('menuitem'))
      expect(item).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('Attach Domains dialog', () => {
  it('previews TiDB Cloud Managed domains with a dry run, attaches them and shows them in the row', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(
      within(await openMenu(user, 'orders-rds')).getByRole('menuitem', { name: 'Attach Domains' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Attach Domains' });
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
    expect(screen.getByText('Domains attached to "orders-rds".')).toBeInTheDocument();
    expect(await screen.findByText(`*.use1-az1.${unique}.aws.plc.tidbcloud.com`)).toBeInTheDocument();
  });

  it('validates the Confluent unique name, then attaches Confluent domains', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(
      within(await openMenu(user, 'orders-rds')).getByRole('menuitem', { name: 'Attach Domains' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Attach Domains' });
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
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(
      within(await openMenu(user, 'orders-rds')).getByRole('menuitem', { name: 'Attach Domains' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Attach Domains' });
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
    db.data.connections.push({
      privateLinkConnectionId: 'plc-ali1',
      clusterId: ALICLOUD_CLUSTER_ID,
      displayName: 'ali-rds',
      type: 'ALICLOUD_ENDPOINT_SERVICE',
      alicloudEndpointService: { name: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef' },
      state: 'ACTIVE',
      createTime: '2026-11-20T00:00:00Z',
    });
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={ali} />);
    await user.click(
      within(await openMenu(user, 'ali-rds')).getByRole('menuitem', { name: 'Attach Domains' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Attach Domains' });
    expect(within(dialog).getAllByRole('radio')).toHaveLength(1);
    expect(within(dialog).queryByRole('radio', { name: /Confluent/ })).not.toBeInTheDocument();
    const preview = await within(dialog).findByRole('list', { name: 'Domains to attach' });
    expect(preview).toHaveTextContent(/^\*\.[a-z0-9]{26}\.alicloud\.plc\.tidbcloud\.comCopy$/);
  });
});

describe('Detach Domains dialog', () => {
  it('detaches the chosen group after explicit confirmation', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const menu = await openMenu(user, 'orders-rds');
    const item = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled'));
    await user.click(item);
    const dialog = await screen.findByRole('dialog', { name: 'Detach Domains' });
    expect(
      await within(dialog).findByRole('radio', {
        name: /TiDB Cloud Managed\s*· unique name dvs6nl5jgveztmla3pxkxgh76i/,
      }),
    ).toBeChecked();
    const submit = within(dialog).getByRole('button', { name: 'Detach Domains' });
    expect(submit).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(JSON.parse(requestsTo('detachDomains')[0]!.body!)).toEqual({
      attachDomainId: 'ad-3c5e7g9i1k3m5o7q',
    });
    expect(db.data.attachDomains).toHaveLength(0);
    expect(await screen.findByText('No domains are attached to this connection.')).toBeInTheDocument();
  });

  it('shows a server error inside the dialog and keeps the choice', async () => {
    db.setFault('detachDomains', { kind: 'http', status: 503, times: 1 });
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const menu = await openMenu(user, 'orders-rds');
    const item = within(menu).getByRole('menuitem', { name: 'Detach Domains' });
    await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled'));
    await user.click(item);
    const dialog = await screen.findByRole('dialog', { name: 'Detach Domains' });
    await user.click(await within(dialog).findByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Detach Domains' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('temporarily unavailable');
    expect(within(dialog).getByRole('checkbox')).toBeChecked();
    expect(db.data.attachDomains).toHaveLength(1);
  });
});

describe('Delete dialog', () => {
  it('requires typing the name, then marks the row Deleting', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(within(await openMenu(user, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Private Link Connection' });
    expect(dialog).toHaveTextContent('You are about to delete kafka-events');
    expect(dialog).toHaveTextContent(/changefeeds and data migrations/);
    expect(dialog).toHaveTextContent(/attached to it are detached/);
    const submit = within(dialog).getByRole('button', { name: 'Delete' });
    await user.type(within(dialog).getByLabelText(/to confirm/), 'kafka');
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/to confirm/), '-events');
    await user.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsTo('deleteConnection')[0]!.url).toContain(SEED_PENDING_ID);
    const row = screen.getByRole('rowheader', { name: 'kafka-events' }).closest('tr')!;
    expect(within(row).getByText('Deleting')).toBeInTheDocument();
  });

  it('says the connection no longer exists on a 404 and refreshes the list', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(within(await openMenu(user, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }));
    db.data.connections = db.data.connections.filter((c) => c.privateLinkConnectionId !== SEED_ACTIVE_ID); // deleted elsewhere
    const dialog = await screen.findByRole('dialog', { name: 'Delete Private Link Connection' });
    await user.type(within(dialog).getByLabelText(/to confirm/), 'orders-rds');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('no longer exists');
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(1));
  });
});
