import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { SEED_ORG_ID, SEED_PROJECT_ID, seedClusters } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { AppShell } from './app-shell';

configure({ asyncUtilTimeout: 10_000 });

const count = () => db.requests.filter((r) => r.endpoint === 'listProjects').length;
const renderShell = (lang: 'en' | 'zh-CN' = 'en') =>
  renderWithProviders(
    <AppShell clusters={seedClusters} current={seedClusters[0]}>
      <p>rows</p>
    </AppShell>,
    { lang },
  );

describe('AppShell: names from the account API', { timeout: 60_000 }, () => {
  it('the breadcrumb: "Organization" (its ID on hover and for screen readers), then the project’s name (its ID on hover)', async () => {
    renderShell();
    const crumbs = within(screen.getByRole('navigation', { name: 'Organization, project and cluster' }));
    expect(await crumbs.findByText('Production')).toHaveAttribute('title', `Project ID: ${SEED_PROJECT_ID}`);
    const org = crumbs.getByTitle(`Organization ID: ${SEED_ORG_ID}`);
    expect(org).toHaveTextContent(`Organization Organization ID: ${SEED_ORG_ID}`);
    expect(count()).toBe(1);
  });

  it('in Chinese', async () => {
    renderShell('zh-CN');
    expect(await screen.findByText('Production')).toHaveAttribute('title', `项目 ID：${SEED_PROJECT_ID}`);
    expect(screen.getByTitle(`组织 ID：${SEED_ORG_ID}`)).toHaveTextContent('组织');
  });

  it('the account API failing: the project’s ID, no error box, the page as it is', async () => {
    db.setFault('listProjects', { kind: 'http', status: 403 });
    const { queryClient } = renderShell();
    expect(screen.getByText('rows')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryState(['projects', 'list'])?.status).toBe('error'));
    expect(screen.getByTestId('breadcrumb-project')).toHaveTextContent(SEED_PROJECT_ID);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
