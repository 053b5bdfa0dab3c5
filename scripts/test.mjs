#!/usr/bin/env node
// `npm test`: every check, stopping at the first that fails, then how long each took.
// typecheck and lint are single-threaded, so they run side by side on a 2-core machine (their
// output is printed when each ends, not interleaved); the unit tests, the bundle check and the
// e2e run each use both cores and run one after another.
import { spawn } from 'node:child_process';

const STAGES = [['typecheck', 'lint'], ['test:unit'], ['check:bundle'], ['test:e2e']];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`; alone it streams its output, beside others it buffers it. */
function run(script, buffered) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    if (buffered) for (const s of [child.stdout, child.stderr]) s.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      const out = Buffer.concat(chunks).toString();
      if (out) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      resolve({ script, code: code ?? 1, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const times = [];
const started = Date.now();
for (const stage of STAGES) {
  console.log(`\n▶ ${stage.join(' + ')}`);
  const results = await Promise.all(stage.map((s) => run(s, stage.length > 1)));
  times.push(...results);
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) {
    console.error(`\n✘ npm test failed in ${failed.map((r) => r.script).join(', ')}`);
    process.exitCode = 1;
    break;
  }
}
console.log(`\n${times.map((r) => `${r.script} ${Math.round(r.seconds)} s`).join(' · ')} · total ${Math.round((Date.now() - started) / 1000)} s`);
