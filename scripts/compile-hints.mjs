// V8's explicit compile hint for the chunks loaded on demand, and which chunks are initial (used by
// vite.config.ts and scripts/check-bundle.mjs).

/** Chromium compiles every function of a file that starts so while it streams in, off the main thread. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The chunks `starts` name and what they import statically, transitively. */
export function staticGraph(chunks, starts) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  starts.forEach(visit);
  return reached;
}

/** The entry chunks and what they import statically, transitively: the chunks a page loads before its first render. */
export const initialFiles = (chunks) => staticGraph(chunks, chunks.filter((c) => c.isEntry).map((c) => c.fileName));

/**
 * Marks the chunks loaded on demand: the route's page, which streams in while the reads are out, and
 * the dialogs, menus and Radix, which arrive while the page is idle, so that neither the first rows
 * nor a first click compile them on the main thread. The initial chunks stay unmarked: compiling all
 * of their functions before they run would hold back the first reads.
 * @returns {import('vite').Plugin}
 */
export function compileHintsOnLazyChunks() {
  return {
    name: 'compile-hints-on-lazy-chunks',
    apply: 'build',
    // After Vite's own pass, which puts a chunk's list of preloads (`__vite__mapDeps`) at its top.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const initial = initialFiles(chunks);
        for (const c of chunks.filter((c) => !initial.has(c.fileName))) {
          c.code = `${COMPILE_HINT}\n${c.code}`;
          // One line more at the top: the source map's lines move down by one.
          const map = bundle[`${c.fileName}.map`];
          if (map?.type === 'asset') {
            const json = JSON.parse(String(map.source));
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
        }
      },
    },
  };
}
