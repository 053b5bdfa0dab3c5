// @ts-check
import { resolve } from 'node:path';
import { initialFiles, staticGraph } from './compile-hints.mjs';

/**
 * `<link rel=modulepreload>` in index.html for a route's lazily loaded page and the chunks it imports
 * statically: the browser fetches (and compiles) them beside the entry, instead of once the entry has
 * run and the router asks for them. They are still run only when the route loads them.
 * @param {string} page the module of the route's page, from the project root
 * @returns {import('vite').Plugin}
 */
export function modulePreloadRoutePage(page) {
  let id = '';
  let base = '/';
  return {
    name: 'modulepreload-route-page',
    apply: 'build',
    configResolved: (config) => {
      id = resolve(config.root, page);
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        // None in a build without the page (Storybook's); check:bundle holds the app's to it.
        const start = chunks.find((c) => c.facadeModuleId === id);
        if (!start) return [];
        const initial = initialFiles(chunks);
        const files = [...staticGraph(chunks, [start.fileName])].filter((file) => !initial.has(file));
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }));
      },
    },
  };
}
