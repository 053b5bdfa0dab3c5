import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { http, HttpResponse } from 'msw';
import { db, server } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PrivateLinkPanel } from '../panel/private-link-panel';
import { findMenuButton } from '@/test/row-menu';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const WAIT = { timeout: 10_000 };
const attaches = () => db.requests.filter((r) => r.endpoint === 'attachDomains' && !JSON.parse(r.body!).validateOnly);

async function openAttach() {
  const r = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
  await r.user.click(await findMenuButton('Actions for orders-rds', WAIT.timeout));
  await r.user.click(await screen.findByRole('menuitem', { name: 'Attach Domains' }, WAIT));
  return { ...r, dialog: await screen.findByRole('dialog', { name: 'Attach Domains' }, WAIT) };
}

describe('Attach knows what is attached', { timeout: 30_000 }, () => {
  it('lists the groups attached now, and says a second TiDB Cloud Managed set is a second set', async () => {
    const { dialog } = await openAttach();
    expect(await within(dialog).findByText('Attached now', {}, WAIT)).toBeInTheDocument();
    expect(within(dialog).getByText('dvs6nl5jgveztmla3pxkxgh76i')).toBeInTheDocument();
    expect(await within(dialog).findByText(/already attached to this connection\. Attaching adds a second, separate set/, {}, WAIT)).toBeInTheDocument();
  });

  it('refuses the same TiDB Cloud Managed set again, saying why', async () => {
    const same = db.data.attachDomains[0]!.uniqueName!;
    // The dry run proposes the set already attached.
    server.use(
      http.post(/:attachDomains$/, () =>
        HttpResponse.json({ type: 'TIDBCLOUD_MANAGED', uniqueName: same, domains: [{ name: `*.use1-az1.${same}.aws.plc.tidbcloud.com` }] }),
      ),
    );
    const { dialog } = await openAttach();
    expect(await within(dialog).findByText(/would add nothing/, {}, WAIT)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Attach Domains' })).toBeDisabled();
  });

  it('flags a Confluent unique name already attached on its field, before sending', async () => {
    const active = db.data.connections.find((c) => c.displayName === 'orders-rds')!;
    db.data.attachDomains.push({
      ...db.data.attachDomains[0]!,
      attachDomainId: 'ad-confluent-1',
      privateLinkConnectionId: active.privateLinkConnectionId!,
      type: 'CONFLUENT',
      uniqueName: 'domnprzqrog.us-east-1',
      domains: [],
    } as never);
    db.save();
    const { user, dialog } = await openAttach();
    expect(await within(dialog).findByText('domnprzqrog.us-east-1', {}, WAIT)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /Confluent Cloud/ }));
    const input = within(dialog).getByLabelText('Unique Name');
    await user.type(input, 'domnprzqrog.us-east-1');
    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('are already attached to this connection'));
    expect(attaches()).toHaveLength(0);
  });
});
