// Slow and many clients against `npm run serve`'s HTTP server: cut off, capped, never stuck.
import { connect } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { CLIENT_LIMITS } from './limits.mjs';
import { createConsoleServer } from './serve.mjs';
import { close, listen, rawRequest } from './test-helpers.mjs';

describe('slow and many clients', () => {
  const limits = { headersTimeoutMs: 400, requestTimeoutMs: 1_000, maxConnections: 3, checkIntervalMs: 100 };

  /** A socket that has sent `text` and waits; resolves with what it got when the server closed it. */
  const stall = (port, text) =>
    new Promise((resolve) => {
      let got = '';
      const socket = connect(port, '127.0.0.1', () => socket.write(text));
      socket.on('data', (d) => (got += d));
      socket.on('error', () => {});
      socket.on('close', () => resolve(got));
    });

  it('keeps to sane limits by default', () => {
    expect(CLIENT_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(CLIENT_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(CLIENT_LIMITS.maxConnections).toBeLessThan(128);
  });

  it('cuts off a client that sends its headers too slowly, and one whose body never ends', async () => {
    const server = createConsoleServer((_req, res) => res.end('ok'), limits);
    const port = await listen(server);
    try {
      const started = Date.now();
      const [headers, body] = await Promise.all([
        stall(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: '),
        stall(port, 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{'),
      ]);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(headers).toMatch(/^HTTP\/1\.1 408/);
      expect(body).toMatch(/408|^$/);
    } finally {
      server.closeAllConnections();
      await close(server);
    }
  });

  it('caps its connections, and serves again once the stalled ones are cut off', async () => {
    const server = createConsoleServer((_req, res) => res.end('ok'), limits);
    const port = await listen(server);
    try {
      const stalled = [1, 2, 3].map(() => stall(port, 'GET / HTTP/1.1\r\n'));
      // Once the server holds all three, a fourth is refused.
      await vi.waitFor(() => new Promise((resolve, reject) => server.getConnections((e, n) => (e || n < 3 ? reject(e ?? new Error(`${n} connections`)) : resolve(n)))));
      await expect(rawRequest(`http://127.0.0.1:${port}`, { path: '/', deadlineMs: 2000 })).rejects.toThrow();
      await Promise.all(stalled); // cut off by the headers timeout
      expect((await rawRequest(`http://127.0.0.1:${port}`, { path: '/', headers: { connection: 'close' } })).body).toBe('ok');
    } finally {
      server.closeAllConnections();
      await close(server);
    }
  });
});
