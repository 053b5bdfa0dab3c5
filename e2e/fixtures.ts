import { test as base, expect, type Page } from '@playwright/test';

export const AWS_CLUSTER = '1379661944646413143';
export const ALI_CLUSTER = '1379661944646413144';
export const networking = (clusterId: string) => `/clusters/${clusterId}/settings/networking`;

/** Mock timing for e2e: quick lifecycle, a little latency so pending states are visible. */
export const E2E_TIMING = { latencyMs: 30, creatingMs: 1500, acceptanceMs: 1500, deletingMs: 1500 };

type Fixtures = { problems: string[]; allowedProblems: RegExp[] };

const isApiUrl = (url: string) => {
  try {
    const path = new URL(url).pathname;
    return path.startsWith('/v1beta1/') || path.startsWith('/iam/v1beta1/'); // the account API, on the page's origin
  } catch {
    return false;
  }
};

/**
 * Every test starts from the seed (a fresh context has empty storage) with E2E_TIMING (set before
 * every page load unless the test changed it through `__plcMock.setTiming`, which persists it), and
 * fails on an uncaught error, a console error other than a failed response of the mocked API
 * (faults are injected on purpose), or a Content-Security-Policy violation.
 */
export const test = base.extend<Fixtures>({
  /** Problems a test causes on purpose (a code chunk that cannot load offline), by `test.use`. */
  allowedProblems: [[], { option: true }],
  problems: [
    async ({ page, allowedProblems }, use) => {
      const problems: string[] = [];
      await page.addInitScript((timing) => {
        if (!localStorage.getItem('plc-mock-config'))
          localStorage.setItem('plc-mock-config', JSON.stringify(timing));
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      }, E2E_TIMING);
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        // Chrome logs every failed response of the mocked API; tests answer errors on purpose
        // (faults, 409 on a duplicate name). Any other failed load (a script, a style) still counts.
        if (/^Failed to load resource/.test(m.text()) && isApiUrl(m.location().url)) return;
        problems.push(`console error: ${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
      });
      await use(problems);
      expect(
        problems.filter((p) => !allowedProblems.some((a) => a.test(p))),
        'no page error, console error or CSP violation',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Injects a fault in the mocked API (requests answered by the service worker are invisible to page.route). */
export async function setFault(page: Page, endpoint: string, fault: Record<string, unknown> | undefined) {
  await page.evaluate(([e, f]) => window.__plcMock!.setFault(e as never, f as never), [
    endpoint,
    fault,
  ] as const);
}

export async function requestsTo(
  page: Page,
  endpoint: string,
): Promise<{ method: string; url: string; body?: string }[]> {
  return page.evaluate((e) => window.__plcMock!.requests().filter((r) => r.endpoint === e), endpoint);
}

export async function openRowMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  // An active row's menu asks Get for its domains; until it answers, Detach says it is checking and
  // is not available, and the answer re-renders the menu: act once it has. (The words are English;
  // on a page in Chinese this waits for nothing.)
  await expect(menu.getByText('Checking attached domains…')).toHaveCount(0);
  return menu;
}

/** Opens Detach Domains on `name` once its menu item is ready (Get has answered); returns the dialog. */
export async function openDetach(page: Page, name: string) {
  const item = (await openRowMenu(page, name)).getByRole('menuitem', { name: 'Detach Domains' });
  await expect(item).not.toHaveAttribute('aria-disabled', 'true');
  await item.click();
  return page.getByRole('dialog', { name: 'Detach Domains' });
}

/**
 * Waits for a connection to become Active after the user accepted it in the cloud console: the list
 * polls slowly while connections only wait for acceptance (every 30 s), so the user presses Refresh.
 */
export async function refreshUntilActive(
  page: Page,
  name: string,
  timeout = 15_000,
  labels: { refresh: RegExp; active: string } = { refresh: /^(Refresh|Refreshing…)$/, active: 'Active' },
) {
  await expect(async () => {
    await page.getByRole('button', { name: labels.refresh }).click();
    await expect(row(page, name).getByText(labels.active, { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout });
}

/** The table row of a connection, by name. */
export const row = (page: Page, name: string) =>
  page.getByTestId('connection-row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** The callout under a row (next step of a pending connection, why one failed). */
export const callout = (page: Page, name: string) =>
  row(page, name).locator('xpath=following-sibling::tr[1][@data-testid="connection-callout"]');
