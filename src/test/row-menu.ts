import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, ALICLOUD_CLUSTER_ID } from '@mocks/seed';
import type { renderWithProviders } from './render';

/** The seeded clusters as the panel takes them. */
export const awsCluster = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
export const alicloudCluster = { clusterId: ALICLOUD_CLUSTER_ID, regionId: 'ap-southeast-1', cloudProvider: 'alicloud' };

/**
 * A row's menu button once it can be used: while the menu's code loads, a disabled stand-in of the
 * same name is shown (row-menu-button.tsx), and a click on it does nothing.
 */
export const findMenuButton = (name: string, timeout = 10_000) =>
  waitFor(
    () => {
      const button = screen.getByRole('button', { name });
      expect(button).toBeEnabled();
      return button;
    },
    { timeout },
  );

/** Opens the actions menu of the connection named `name` and returns the menu. */
export async function openMenu(user: ReturnType<typeof renderWithProviders>['user'], name: string) {
  await user.click(await findMenuButton(`Actions for ${name}`));
  return screen.findByRole('menu');
}

/** The requests the mock answered on `endpoint`, oldest first. */
export const requestsTo = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint);

/**
 * Opens Detach Domains on `name` once its menu item is ready (Get has answered) and returns the
 * dialog with its attached groups shown. Waits up to `timeout` ms at each step.
 */
export async function openDetachDialog(user: ReturnType<typeof renderWithProviders>['user'], name: string, timeout = 10_000) {
  await user.click(await findMenuButton(`Actions for ${name}`, timeout));
  const item = within(await screen.findByRole('menu')).getByRole('menuitem', { name: /^Detach Domains/ });
  await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled'), { timeout });
  await user.click(item);
  const dialog = await screen.findByRole('dialog', { name: 'Detach Domains' }, { timeout });
  await within(dialog).findByRole('radio', { name: /TiDB Cloud Managed/ }, { timeout });
  return dialog;
}
