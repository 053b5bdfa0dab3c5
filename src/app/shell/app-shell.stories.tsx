import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withFault } from '@mocks/storybook';
import { SEED_PROJECT_ID, seedClusters } from '@mocks/seed';
import { AppShell } from './app-shell';

const meta = {
  title: 'Shell/Top bar with names',
  component: AppShell,
  args: { clusters: seedClusters, current: seedClusters[0], children: null },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof AppShell>;
export default meta;
type Story = StoryObj<typeof meta>;

const zh = { locale: 'zh-CN' };
const failing = { msw: { handlers: withFault('listProjects', { kind: 'http', status: 403 }) } };
const hanging = { msw: { handlers: withFault('listProjects', { kind: 'hang' }) } };

/** The project's name from the account API; "Organization" with its ID on hover (the API lists no organization name). */
export const Names: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Production')).toBeVisible();
  },
};
export const NamesChinese: Story = { globals: zh };

/** The switcher groups the clusters by project name. */
export const SwitcherByProject: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Production');
    // The switcher's code loads once the page is idle; until then its button is drawn disabled.
    const switcher = () => canvas.getByRole('button', { name: /^Cluster: Cluster0/ });
    await waitFor(() => expect(switcher()).toBeEnabled());
    await userEvent.click(switcher());
    const menu = await within(canvasElement.ownerDocument.body).findByRole('menu');
    await expect(within(menu).getByRole('group', { name: 'Analytics' })).toHaveTextContent('Cluster1');
    await expect(within(menu).getByRole('group', { name: 'Production' })).toHaveTextContent('Cluster0');
  },
};

/** The account API failing: the IDs, no error box. */
export const AccountApiFailing: Story = {
  parameters: failing,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(SEED_PROJECT_ID)).toBeVisible();
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};
export const AccountApiFailingChinese: Story = { parameters: failing, globals: zh };

/** While the names are on their way: the IDs. */
export const NamesLoading: Story = { parameters: hanging };
