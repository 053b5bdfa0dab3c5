// Which Chromium Playwright drives: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own browser where one is installed. `undefined` executablePath means Playwright's own.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's headless shell (package chromium-headless-shell): the binary, not its /usr/bin wrapper script. */
const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * @param {{ headlessShell?: boolean }} [opts] headlessShell: prefer Chromium's headless shell, the
 *   browser Playwright itself runs headless tests in. Same Blink and V8 as the full browser, but no
 *   GPU process or browser UI: the e2e run needs about 30% less CPU with it on 2 cores. The bench
 *   keeps the full browser a user runs.
 * @returns {Promise<{ executablePath: string | undefined, source: string } | null>}
 */
export async function findChromium({ headlessShell = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH' } : null;
  if (headlessShell && existsSync(DEBIAN_HEADLESS_SHELL))
    return { executablePath: DEBIAN_HEADLESS_SHELL, source: "Debian's chromium-headless-shell" };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: 'Debian chromium' };
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: undefined, source: "Playwright's own Chromium" };
  } catch {
    // no Playwright browser
  }
  return null;
}

export const HOW_TO_INSTALL =
  "No Chromium found: install Debian's chromium (apt-get install -y chromium chromium-headless-shell) or set CHROMIUM_PATH=/path/to/chrome";
