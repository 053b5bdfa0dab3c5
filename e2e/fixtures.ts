import { test as base, expect, type Page } from '@playwright/test';

export const AWS_CLUSTER = '1379661944646413143';
export const ALI_CLUSTER = '1379661944646413144';
export const networking = (clusterId: string) => `/clusters/${clusterId}/settings/networking`;

/** Mock timing for e2e: quick lifecycle, a little latency so pending states are visible. */
export const E2E_TIMING = { latencyMs: 30, creatingMs: 1500, acceptanceMs: 1500, deletingMs: 1500 };

type Fixtures = { problems: string[] };

/**
 * Every test starts from the seed (a fresh context has empty storage) and fails on an uncaught
 * error, a console error other than a failed request (faults are injected on purpose), or a
 * Content-Security-Policy violation.
 */
export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
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
        if (/Failed to load resource/.test(m.text())) return;
        problems.push(`console error: ${m.text()}`);
      });
      await use(problems);
      expect(problems, 'no page error, console error or CSP violation').toEqual([]);
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
  return page.getByRole('menu');
}

/** The table row of a connection, by name. */
export const row = (page: Page, name: string) =>
  page.getByTestId('connection-row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
