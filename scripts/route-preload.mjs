// @ts-check
import { resolve } from 'node:path';
import { entryFiles, staticGraph } from './compile-hints.mjs';

/** The app's start, which src/main.tsx imports at once (so that it loads while the demo's mock starts). */
export const APP_START = 'src/app/render-app.tsx';

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
        const starts = chunks.filter((c) => c.facadeModuleId && ids.includes(c.facadeModuleId)).map((c) => c.fileName);
        // Vite preloads the entry's own static imports.
        const preloaded = entryFiles(chunks);
        const files = [...staticGraph(chunks, starts)].filter((file) => !preloaded.has(file));
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }));
      },
    },
  };
}
