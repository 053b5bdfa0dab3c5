import { setupServer } from 'msw/node';
import { TEST_TIMING } from './config';
import { MockDb } from './db';
import { createHandlers } from './handlers';

/** The mocked API in Node (vitest): same handlers, no persistence, no latency. */
export const db = new MockDb({ timing: TEST_TIMING });
export const server = setupServer(...createHandlers(db));
