import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classicZodImports, servedCspProblems } from '../scripts/check-bundle.mjs';

let dir = '';
const dist = (html) => {
  dir = mkdtempSync(join(tmpdir(), 'csp-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  return dir;
};

describe('check:bundle: what a deployment serves', () => {
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the page, a route and an asset served by npm run serve all carry the strict CSP', async () => {
    expect(await servedCspProblems(dist('<!doctype html><script type="module" src="/assets/index-abc.js"></script>'))).toEqual([]);
  });

  it('a build with an inline script fails (the CSP would block it)', async () => {
    const problems = await servedCspProblems(dist('<!doctype html><script>window.x = 1</script>'));
    expect(problems.join('\n')).toMatch(/inline script/);
  });

  it('the app imports zod/mini only (no classic zod outside tests)', () => {
    expect(classicZodImports('src')).toEqual([]);
    dir = mkdtempSync(join(tmpdir(), 'zod-'));
    writeFileSync(join(dir, 'a.ts'), "import { z } from 'zod';\n");
    expect(classicZodImports(dir)).toEqual([join(dir, 'a.ts')]);
  });
});
