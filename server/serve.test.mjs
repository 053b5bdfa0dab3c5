import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenWarning, staticFiles } from './serve.mjs';
import { close, listen, rawRequest } from './test-helpers.mjs';

const BIG = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{"id":${i},"name":"row ${i}"}`).join(',')}];`;

describe('npm run serve', () => {
  let server;
  let base;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html>index');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'big-5678.js'), BIG);
    // a file whose read fails (EIO), whoever runs the test (root reads a chmod 000 file)
    symlinkSync('/proc/self/mem', join(dist, 'assets', 'unreadable-0000.js'));
    writeFileSync(join(root, 'secret.txt'), 'outside dist');
    server = createServer(staticFiles(dist));
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  afterAll(() => close(server));

  it('serves the build under the CSP, index.html for the console’s routes', async () => {
    const page = await rawRequest(base, { path: '/clusters/1/settings/networking' });
    expect(page.status).toBe(200);
    expect(page.body).toBe('<!doctype html>index');
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // The page's first reads, preloaded (first-reads.mjs); a file has none.
    expect(page.headers.link).toBe(
      '</v1beta1/clusters/1>; rel=preload; as=fetch; crossorigin, </v1beta1/clusters/1/privateLinkConnections?pageSize=20>; rel=preload; as=fetch; crossorigin',
    );
    const asset = await rawRequest(base, { path: '/assets/app-1234.js' });
    expect(asset.headers.link).toBeUndefined();
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await rawRequest(base, { path: '/assets/missing.js' })).status).toBe(404);
    expect((await rawRequest(base, { method: 'POST', path: '/' })).status).toBe(405);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c%2e%2e%5csecret.txt', '/%00/../secret.txt', '/%zz'])(
    'never serves a file outside the build: %s',
    async (path) => {
      const res = await rawRequest(base, { path });
      expect(res.body).not.toContain('outside dist');
    },
  );

  it('answers a file it cannot read with 500, and stays up', async () => {
    const broken = await rawRequest(base, { path: '/assets/unreadable-0000.js', deadlineMs: 5000 });
    expect(broken.status).toBe(500);
    expect(broken.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await rawRequest(base, { path: '/assets/app-1234.js' })).status).toBe(200);
  });

  it('revalidates with ETag and Last-Modified: 304 when unchanged', async () => {
    for (const path of ['/', '/assets/app-1234.js']) {
      const first = await rawRequest(base, { path });
      expect(first.headers.etag).toBeTruthy();
      expect(first.headers['last-modified']).toBeTruthy();
      const again = await rawRequest(base, { path, headers: { 'if-none-match': first.headers.etag } });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
    }
    expect((await rawRequest(base, { path: '/' })).headers['cache-control']).toBe('no-cache');
  });

  it('compresses what the browser accepts: brotli or gzip, the same bytes once decoded', async () => {
    const br = await rawRequest(base, { path: '/assets/big-5678.js', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.raw).toString()).toBe(BIG);
    const gz = await rawRequest(base, { path: '/assets/big-5678.js', headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.raw.length).toBeLessThan(BIG.length / 3);
    expect(gunzipSync(gz.raw).toString()).toBe(BIG);
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gz.headers['cache-control']).toContain('immutable');
    const plain = await rawRequest(base, { path: '/assets/big-5678.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
  });

  it('listens on 127.0.0.1 by default and warns for any other address', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(listenWarning(host)).toBeUndefined();
    for (const host of ['0.0.0.0', '::', '192.168.1.5']) expect(listenWarning(host)).toMatch(/^WARNING: .*acts with your TiDB Cloud API key/);
  });

  it('refuses to start without both keys', async () => {
    const env = { ...process.env, TIDBCLOUD_PUBLIC_KEY: 'x', TIDBCLOUD_PRIVATE_KEY: '' };
    const script = fileURLToPath(new URL('./serve.mjs', import.meta.url));
    // cwd: a folder without .env.local
    const result = await new Promise((resolve) =>
      execFile(process.execPath, [script, '--port', '0'], { env, cwd: mkdtempSync(join(tmpdir(), 'serve-nokey-')) }, (error, _stdout, stderr) =>
        resolve({ code: error?.code, stderr }),
      ),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY');
  });
});

describe('npm run serve refuses an API base in clear off this machine', () => {
  it('exits with a message, unless --allow-http-api-base', async () => {
    const env = { ...process.env, TIDBCLOUD_PUBLIC_KEY: 'x', TIDBCLOUD_PRIVATE_KEY: 'y' };
    const cwd = mkdtempSync(join(tmpdir(), 'serve-http-'));
    mkdirSync(join(cwd, 'dist'));
    writeFileSync(join(cwd, 'dist', 'index.html'), 'x');
    const script = fileURLToPath(new URL('./serve.mjs', import.meta.url));
    const result = await new Promise((resolve) =>
      execFile(process.execPath, [script, '--port', '0', '--api-base', 'http://10.0.0.5:4711'], { env, cwd, timeout: 10_000 }, (error, _stdout, stderr) =>
        resolve({ code: error?.code, stderr }),
      ),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/TIDBCLOUD_API_BASE is plain http:\/\/ off this machine/);
    // told so, it starts
    const child = spawn(process.execPath, [script, '--port', '0', '--api-base', 'http://10.0.0.5:4711', '--allow-http-api-base'], { env, cwd });
    try {
      const line = await new Promise((resolve, reject) => {
        child.stdout.on('data', (d) => resolve(String(d)));
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(line).toContain('API: http://10.0.0.5:4711/');
    } finally {
      child.kill();
    }
  });
});
