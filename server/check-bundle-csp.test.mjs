import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classicZodImports, compileHintProblems, initialChunks, routePreloadProblems, servedCspProblems } from '../scripts/check-bundle.mjs';
import { COMPILE_HINT } from '../scripts/compile-hints.mjs';
import { startGroups } from '../scripts/route-preload.mjs';

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

  it('every chunk but the entry’s starts with the compile hint; the budget counts the entry and the app’s start', () => {
    dir = mkdtempSync(join(tmpdir(), 'hint-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    // The entry imports the app's start at once; the app imports a part on demand.
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['_render-app.js'] },
      '_shared.js': { file: 'assets/shared.js' },
      '_render-app.js': { file: 'assets/render-app.js', name: 'render-app', imports: ['_shared.js'], dynamicImports: ['src/lazy.tsx'] },
      'src/lazy.tsx': { file: 'assets/lazy.js', isDynamicEntry: true, imports: ['_shared.js'] },
    };
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const hinted = `${COMPILE_HINT}\nexport {};`;
    const files = { 'index.js': 'export {};', 'shared.js': 'export {};', 'render-app.js': hinted, 'lazy.js': hinted, 'radix.js': hinted };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), code);
    expect(compileHintProblems(dir)).toEqual([]);
    // The budget counts what loads before the first render: the entry, the app's start and their imports.
    expect(initialChunks(dir).map((c) => c.file).sort()).toEqual(['assets/index.js', 'assets/render-app.js', 'assets/shared.js']);
    writeFileSync(join(dir, 'assets', 'shared.js'), hinted);
    writeFileSync(join(dir, 'assets', 'render-app.js'), 'export {};');
    writeFileSync(join(dir, 'assets', 'lazy.js'), `export {};\n${COMPILE_HINT}`);
    expect(compileHintProblems(dir).sort()).toEqual([
      `${join(dir, 'assets', 'lazy.js')}: a chunk outside the entry's without the compile hint`,
      `${join(dir, 'assets', 'render-app.js')}: a chunk outside the entry's without the compile hint`,
      `${join(dir, 'assets', 'shared.js')}: an entry chunk with the compile hint (it would hold back the start)`,
    ]);
  });

  it('startGroups: the entry, then the app, then its page, each a group of its own module (an earlier one takes what they share)', () => {
    const groups = startGroups('/r');
    expect(groups.map((g) => [g.name, g.priority])).toEqual([['main', 3], ['render-app', 2], ['networking-page', 1]]);
    expect(groups.map((g) => g.test('/r/src/app/render-app.tsx'))).toEqual([false, true, false]);
    expect(groups.map((g) => g.test('/r/src/app/networking-page.tsx'))).toEqual([false, false, true]);
    expect(groups.map((g) => g.test('/r/src/main.tsx'))).toEqual([true, false, false]);
  });

  it('index.html modulepreloads the app’s and the route page’s chunks', () => {
    dir = mkdtempSync(join(tmpdir(), 'route-'));
    mkdirSync(join(dir, '.vite'));
    const manifest = {
      'index.html': { file: 'assets/index-abc.js', name: 'index', isEntry: true, dynamicImports: ['_render-app-abc.js'] },
      '_render-app-abc.js': { file: 'assets/render-app-abc.js', name: 'render-app', dynamicImports: ['_networking-page-abc.js'] },
      '_networking-page-abc.js': { file: 'assets/networking-page-abc.js', name: 'networking-page' },
    };
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const link = (file) => `<link rel="modulepreload" crossorigin href="/assets/${file}">`;
    writeFileSync(join(dir, 'index.html'), `<head>${link('render-app-abc.js')}${link('networking-page-abc.js')}</head>`);
    expect(routePreloadProblems(dir)).toEqual([]);
    writeFileSync(join(dir, 'index.html'), `<head>${link('render-app-abc.js')}${link('other-abc.js')}</head>`);
    expect(routePreloadProblems(dir)).toEqual(['index.html does not modulepreload src/app/networking-page.tsx (assets/networking-page-abc.js)']);
    expect(routePreloadProblems(dir, ['src/app/gone.tsx'])).toEqual(['index.html does not modulepreload src/app/gone.tsx (no chunk)']);
  });
});
