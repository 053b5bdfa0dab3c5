import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { openDetachDialog } from '@/test/row-menu';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const WAIT = { timeout: 10_000 };
const rows = () => screen.queryAllByTestId('connection-row');
const rowCount = (n: number) => waitFor(() => expect(rows()).toHaveLength(n), WAIT);
const back = () =>
  act(async () => {
    const popped = new Promise((done) => addEventListener('popstate', done, { once: true }));
    history.back();
    await popped;
  });

/** `n` more Active connections beside the seed's two (20 a page). */
function seed(n: number) {
  for (let i = 0; i < n; i++)
    db.data.connections.push({
      ...db.data.connections[0]!,
      privateLinkConnectionId: `plc-page${i}`,
      displayName: `conn-${i}`,
      state: 'ACTIVE',
      createTime: `2026-11-23T10:${String(i).padStart(2, '0')}:00Z`,
    });
}

describe('the page in the address', { timeout: 30_000 }, () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('a reload or a shared link keeps the page; each page turn is undone with Back; a filter change goes to page 1', async () => {
    seed(43); // 45: pages of 20, 20 and 5
    history.replaceState(null, '', '/?page=3');
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await rowCount(5);
    expect(location.search).toBe('?page=3');
    expect(
      db.requests.filter((r) => r.endpoint === 'listConnections' && r.url.includes('pageToken=')),
    ).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await rowCount(20);
    expect(location.search).toBe('?page=2');
    await back();
    await rowCount(5);
    expect(location.search).toBe('?page=3');
    await user.selectOptions(screen.getByLabelText('State'), 'ACTIVE');
    expect(location.search).toBe('?state=ACTIVE');
    await rowCount(20);
    await back();
    expect(location.search).toBe('?page=3');
  });

  it('a page past the last becomes the last; a page that is not a positive whole number is dropped, never sent', async () => {
    seed(23); // 25: pages of 20 and 5
    history.replaceState(null, '', '/?page=9');
    const { unmount } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await rowCount(5);
    await waitFor(() => expect(location.search).toBe('?page=2'), WAIT);
    unmount();
    for (const bad of ['0', '-1', '2.5', 'two']) {
      history.replaceState(null, '', `/?page=${bad}`);
      const r = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
      await rowCount(20);
      await waitFor(() => expect(location.search).toBe(''));
      r.unmount();
    }
    expect(db.requests.some((r) => r.endpoint === 'listConnections' && /[?&]page=/.test(r.url))).toBe(false);
  });

  it('with a text filter the page is kept too', async () => {
    seed(43);
    history.replaceState(null, '', '/?q=conn-&page=3');
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await rowCount(3); // 43 matches: 20, 20, 3
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('conn-');
  });
});

describe('Clear filters', { timeout: 30_000 }, () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('is one history entry: Back after it restores every filter at once', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await rowCount(2);
    await user.selectOptions(screen.getByLabelText('State'), 'FAILED');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'zz');
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }, WAIT));
    expect(location.search).toBe('');
    await rowCount(2);
    await back();
    expect(new URLSearchParams(location.search).get('state')).toBe('FAILED');
    expect(new URLSearchParams(location.search).get('q')).toBe('zz');
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('zz');
  });
});

describe('the result count', { timeout: 30_000 }, () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('is a polite live region in the page from the first render, also with no rows, and says later changes', async () => {
    db.data.connections = [];
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    // Before any answer: there, empty.
    const region = screen.getAllByRole('status').find((e) => e.textContent === '');
    expect(region).toBeDefined();
    expect(
      await screen.findByText('No private link connections yet', { exact: false }, WAIT),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'x');
    await waitFor(() => expect(region).toHaveTextContent('No connection matches'), WAIT);
    expect(region).toBeInTheDocument(); // the same node: a screen reader hears the change
    await user.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    await waitFor(() => expect(region).toHaveTextContent('0 connections'), WAIT);
  });

  it('goes from a count to no match and back in the same region', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const region = await screen.findByText('2 connections', {}, WAIT);
    expect(region).toHaveAttribute('role', 'status');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'kafka');
    await waitFor(() => expect(region).toHaveTextContent('1 connection'), WAIT);
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), '-nothing');
    await waitFor(() => expect(region).toHaveTextContent('No connection matches'), WAIT);
  });
});

describe('focus', { timeout: 30_000 }, () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('after Next to the last page focus is on Previous, after Previous to the first it is on Next, never <body>', async () => {
    seed(23);
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await rowCount(20);
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    await rowCount(5);
    await waitFor(() => expect(within(pages).getByRole('button', { name: 'Previous' })).toHaveFocus(), WAIT);
    await user.click(within(pages).getByRole('button', { name: 'Previous' }));
    await rowCount(20);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    await waitFor(() => expect(within(nav).getByRole('button', { name: 'Next' })).toHaveFocus(), WAIT);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('after Dismiss on a notice, focus is on the panel heading', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const dialog = await openDetachDialog(user, 'orders-rds', WAIT.timeout);
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Detach Domains' }));
    const dismiss = await screen.findByRole('button', { name: 'Dismiss' }, WAIT);
    await user.click(dismiss);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
