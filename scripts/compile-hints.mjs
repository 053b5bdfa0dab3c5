// V8's explicit compile hint for every chunk but the entry's, and the chunk graph helpers (used by
// vite.config.ts, scripts/route-preload.mjs and scripts/check-bundle.mjs).

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

/** The entry chunks and what they import statically, transitively: what runs first (Vite's index.html preloads them). */
export const entryFiles = (chunks) => staticGraph(chunks, chunks.filter((c) => c.isEntry).map((c) => c.fileName));

/**
 * Marks every chunk but the entry's: the app and the route's page, which stream in beside the entry
 * (modulepreloaded) while it starts the demo's mock, and the dialogs, menus and Radix, which arrive
 * while the page is idle, so that neither the first rows nor a first click compile them on the main
 * thread. The entry's chunks stay unmarked: they run at once, and compiling all of their functions
 * first would hold back the mock's start.
 * @returns {import('vite').Plugin}
 */
export function compileHintsBeyondEntry() {
  return {
    name: 'compile-hints-beyond-entry',
    apply: 'build',
    // After Vite's own pass, which puts a chunk's list of preloads (`__vite__mapDeps`) at its top.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const entry = entryFiles(chunks);
        for (const c of chunks.filter((c) => !entry.has(c.fileName))) {
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
