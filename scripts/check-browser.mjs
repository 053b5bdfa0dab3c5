#!/usr/bin/env node
// Stops the e2e step with one clear line when no Chromium is available.
import { findChromium, HOW_TO_INSTALL } from './chromium.mjs';

const found = await findChromium({ headlessShell: true });
if (!found) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}
