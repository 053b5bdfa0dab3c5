/** Stands in for the developer panel in a production build without the mock (see vite.config.ts). */
export function MockPanel() {
  return null;
}
