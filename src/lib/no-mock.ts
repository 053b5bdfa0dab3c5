/** Stands in for mocks/browser.ts in a production build without the mock (see vite.config.ts). */
export async function startMockWorker(): Promise<void> {
  throw new Error('This build has no mocked API: build it with VITE_MOCK_API=true.');
}

export function watchOtherTabs(_onChange: () => void): () => void {
  throw new Error('This build has no mocked API: build it with VITE_MOCK_API=true.');
}
