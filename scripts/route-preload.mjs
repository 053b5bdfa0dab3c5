// @ts-check
import { basename, resolve } from 'node:path';
import { entryFiles, staticGraph } from './compile-hints.mjs';

/** The app's start, which src/main.tsx imports at once (so that it loads while the demo's mock starts). */
export const APP_START = 'src/app/render-app.tsx';

/** What the page needs before its rows: the app's start and the route's page (its panel and list). */
export const PAGE_START = [APP_START, 'src/app/networking-page.tsx'];

/** The name (and file name's start) of the chunk that holds `module` (startGroups): `render-app` for APP_START. */
export const chunkName = (module) => basename(module).replace(/\.[^.]+$/, '');

/**
 * Rolldown's `codeSplitting.groups` for the start, one chunk each, with all they import: the entry
 * (src/main.tsx), then the app's start, then the route's page (less what the earlier ones hold). Left
 * to the default splitting, the modules they share with lazily loaded parts became 17 small chunks,
 * which queued behind one another on HTTP/1.1's six connections per host. Everything else splits as usual.
 * @param {string} root the project root
 * @returns {{ name: string, test: (id: string) => boolean, priority: number }[]}
 */
export function startGroups(root) {
  return ['src/main.tsx', ...PAGE_START].map((module, i, all) => {
    const id = resolve(root, module);
    return { name: chunkName(module), test: (m) => m === id, priority: all.length - i };
  });
}

/**
 * `<link rel=modulepreload>` in index.html for modules the page imports dynamically as it starts (the
 * app, which src/main.tsx imports; the route's lazily loaded page) and the chunks they import
 * statically: the browser fetches (and compiles) them beside the entry, instead of once the entry has
 * run and asks for them. They still run only when imported.
 * @param {string[]} modules from the project root
 * @returns {import('vite').Plugin}
 */
export function modulePreloadStart(modules) {
  let ids = /** @type {string[]} */ ([]);
  let base = '/';
  return {
    name: 'modulepreload-start',
    apply: 'build',
    configResolved: (config) => {
      ids = modules.map((m) => resolve(config.root, m));
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        // None in a build without them (Storybook's); check:bundle holds the app's to it.
        const starts = chunks.filter((c) => c.moduleIds.some((id) => ids.includes(id))).map((c) => c.fileName);
        // Vite preloads the entry's own static imports.
        const preloaded = entryFiles(chunks);
        const files = [...staticGraph(chunks, starts)].filter((file) => !preloaded.has(file));
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }));
      },
    },
  };
}
