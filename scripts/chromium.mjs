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

/** @returns {Promise<{ executablePath: string | undefined, source: string } | null>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH' } : null;
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
  "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chrome";
