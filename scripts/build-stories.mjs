#!/usr/bin/env node
// Builds the Storybook the story tests run against into STORYBOOK_DIR (scripts/e2e-env.mjs), so
// runs on other ports never overwrite it while it is being served.
import { spawnSync } from 'node:child_process';
import { STORYBOOK_DIR } from './e2e-env.mjs';

const started = Date.now();
const { status } = spawnSync('npx', ['storybook', 'build', '--quiet', '--output-dir', STORYBOOK_DIR], { stdio: 'inherit' });
if (status !== 0) process.exit(status ?? 1);
console.log(`Stories built into ${STORYBOOK_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
