import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { TEST_TIMING } from '@mocks/config';
import { seedData } from '@mocks/db';
import { db, server } from '@mocks/node';

// jsdom lacks these; Radix needs them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (!globalThis.PointerEvent) {
  class PointerEventStub extends MouseEvent {
    pointerId: number;
    pointerType: string;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
      this.pointerType = init.pointerType ?? 'mouse';
    }
  }
  globalThis.PointerEvent = PointerEventStub as unknown as typeof PointerEvent;
}
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.setPointerCapture ??= () => {};
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

// findBy…/waitFor wait up to 10 s instead of 1 s: they return as soon as the UI is there, and on a
// busy 2-core machine a lazily loaded dialog or a mocked request can take longer than a second.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  db.reset(seedData());
  db.timing = { ...TEST_TIMING };
  db.clearFaults();
  db.requests.length = 0;
});
afterEach(async () => {
  cleanup();
  // Code the page was still loading (an idle preload) arrives before the next test: vitest cancels
  // the loads still pending when a file ends, and the shared module graph keeps such a module failed.
  await vi.dynamicImportSettled();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
  localStorage.clear();
  server.resetHandlers();
});
afterAll(() => server.close());
