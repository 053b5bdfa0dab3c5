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

  it('says the same TiDB Cloud Managed set is attached already, and still sends it when asked (the API promises no refusal)', async () => {
    const same = db.data.attachDomains[0]!.uniqueName!;
    // The dry run proposes the set already attached; the attach itself goes to the mock.
    server.use(
      http.post(/:attachDomains$/, async ({ request }) => {
        if (!((await request.clone().json()) as { validateOnly?: boolean }).validateOnly) return undefined;
        return HttpResponse.json({ type: 'TIDBCLOUD_MANAGED', uniqueName: same, domains: [{ name: `*.use1-az1.${same}.aws.plc.tidbcloud.com` }] });
      }),
    );
    const { user, dialog } = await openAttach();
    expect(await within(dialog).findByText(/already attached to this connection: attaching them again adds no new domain, and TiDB Cloud may refuse it/, {}, WAIT)).toBeInTheDocument();
    expect(within(dialog).queryByText(/Attaching adds a second, separate set/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), WAIT);
    expect(attaches().map((r) => JSON.parse(r.body!).attachDomain)).toEqual([{ type: 'TIDBCLOUD_MANAGED', uniqueName: same }]);
  });

  it('says on its field that a Confluent unique name is attached already, and still sends it when asked', async () => {
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
    // Said while typing, before anything is sent; a name not attached says nothing of it.
    expect(input).toHaveAccessibleDescription(expect.stringContaining('are already attached to this connection: attaching them again adds no new domain'));
    await user.type(input, '{Backspace}');
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining('already attached'));
    await user.type(input, '1');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('already attached'));
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Attach Domains' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), WAIT);
    expect(attaches().map((r) => JSON.parse(r.body!).attachDomain)).toEqual([{ type: 'CONFLUENT', uniqueName: 'domnprzqrog.us-east-1' }]);
  });
});
