import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { awsCluster, openMenu, requestsTo } from '@/test/row-menu';
import { PrivateLinkPanel } from '../panel/private-link-panel';

/** Renders the AWS cluster's panel and opens Detach Domains from the menu of orders-rds. */
async function openDetach() {
  const { user } = renderWithProviders(<PrivateLinkPanel cluster={awsCluster} />);
  const menu = await openMenu(user, 'orders-rds');
  // its name is 'Detach Domains' once Get has told whether domains are attached (checking, it says so too)
  const item = await within(menu).findByRole('menuitem', { name: 'Detach Domains' });
  await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled'));
  await user.click(item);
  return { user, dialog: await screen.findByRole('dialog', { name: 'Detach Domains' }) };
}

describe('Detach Domains dialog', () => {
  it('detaches the chosen group after explicit confirmation', async () => {
    const { user, dialog } = await openDetach();
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
    const { user, dialog } = await openDetach();
    await user.click(await within(dialog).findByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Detach Domains' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('temporarily unavailable');
    expect(within(dialog).getByRole('checkbox')).toBeChecked();
    expect(db.data.attachDomains).toHaveLength(1);
  });
});
