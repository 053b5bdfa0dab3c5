// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DigestSession, digestFetch, digestResponse, parseAuthHeader, pickChallenge } from './digest.mjs';
import { createDigestGate } from './digest-gate.mjs';
import { curl, startUpstream } from './test-helpers.mjs';

const PUBLIC = 'PUB4tEsT';
const PRIVATE = 'priv-7f1c9a1e-0b5d-4c1e-9a43-3cde1b0d5e11';

describe('digest computations (RFC 7616 §3.9.1 and RFC 2617 §3.5 examples)', () => {
  const rfc7616 = {
    username: 'Mufasa',
    realm: 'http-auth@example.org',
    password: 'Circle of Life',
    method: 'GET',
    uri: '/dir/index.html',
    nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
    nc: '00000001',
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    qop: 'auth',
  };
  it('MD5', () => expect(digestResponse({ ...rfc7616, algorithm: 'MD5' })).toBe('8ca523f5e9506fed4657c9700eebdbec'));
  it('SHA-256', () =>
    expect(digestResponse({ ...rfc7616, algorithm: 'SHA-256' })).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'));
  it('RFC 2617 MD5', () =>
    expect(
      digestResponse({ ...rfc7616, realm: 'testrealm@host.com', password: 'Circle Of Life', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', cnonce: '0a4f113b', algorithm: 'MD5' }),
    ).toBe('6629fae49393a05397450978507c4ef1'));
});

describe('challenge parsing', () => {
  it('reads quoted strings with commas and escapes, and several challenges', () => {
    const parsed = parseAuthHeader('Basic realm="a, b", Digest realm="x\\"y", nonce="n=1", qop="auth,auth-int", algorithm=SHA-256, stale=TRUE');
    expect(parsed).toEqual([
      { scheme: 'Basic', params: { realm: 'a, b' } },
      { scheme: 'Digest', params: { realm: 'x"y', nonce: 'n=1', qop: 'auth,auth-int', algorithm: 'SHA-256', stale: 'TRUE' } },
    ]);
  });
  it('picks the strongest supported Digest challenge with qop auth', () => {
    const header = 'Digest realm="r", nonce="a", qop="auth", algorithm=MD5, Digest realm="r", nonce="b", qop="auth", algorithm=SHA-256, Digest realm="r", nonce="c", qop="auth-int", algorithm=SHA-512-256';
    expect(pickChallenge(header)?.params.nonce).toBe('b');
    expect(pickChallenge('Digest realm="r", nonce="z", algorithm=SHA-1')).toBeUndefined();
    expect(pickChallenge('Basic realm="r"')).toBeUndefined();
  });
  it('answers an MD5-only challenge, never a challenge without qop (RFC 2069)', () => {
    expect(pickChallenge('Digest realm="r", nonce="m", qop="auth", algorithm=MD5')?.params.nonce).toBe('m');
    expect(pickChallenge('Digest realm="r", nonce="m", qop="auth"')?.params.nonce).toBe('m'); // MD5 by default
    expect(pickChallenge('Digest realm="r", nonce="n", algorithm=MD5')).toBeUndefined();
    expect(pickChallenge('Digest realm="r", nonce="n"')).toBeUndefined();
    expect(pickChallenge('Digest realm="r", nonce="n", qop="auth-int"')).toBeUndefined();
    const s = new DigestSession('user', 'pw');
    expect(s.accept('Digest realm="r", nonce="n", algorithm=SHA-256')).toBe(false);
    expect(s.authorization('GET', '/x')).toBeUndefined();
  });
  it('never uses a (nonce, nc) pair twice, even when the server hands the nonce out again', () => {
    const s = new DigestSession('user', 'pw');
    const used = [];
    const sign = () => {
      const p = parseAuthHeader(s.authorization('GET', '/x')?.header ?? '')[0].params;
      used.push(`${p.nonce}/${p.nc}`);
    };
    s.accept('Digest realm="r", nonce="n1", qop="auth"');
    sign();
    sign();
    s.accept('Digest realm="r", nonce="n2", qop="auth"');
    sign();
    s.accept('Digest realm="r", nonce="n1", qop="auth", stale=true'); // n1 again
    sign();
    s.accept('Digest realm="r", nonce="n1", qop="auth"');
    sign();
    expect(used).toEqual(['n1/00000001', 'n1/00000002', 'n2/00000001', 'n1/00000003', 'n1/00000004']);
  });
  it('signs with increasing nonce counts and fresh client nonces', () => {
    const s = new DigestSession('user', 'pw');
    s.accept('Digest realm="r", nonce="n", qop="auth", algorithm=SHA-256');
    const a = s.authorization('GET', '/x');
    const b = s.authorization('GET', '/x');
    expect(a?.header).toMatch(/nc=00000001/);
    expect(b?.header).toMatch(/nc=00000002/);
    expect(parseAuthHeader(a?.header ?? '')[0].params.cnonce).not.toBe(parseAuthHeader(b?.header ?? '')[0].params.cnonce);
    expect(a?.header).not.toContain('pw');
  });
});

for (const algorithm of ['MD5', 'SHA-256']) {
  describe(`the digest-protected local API (${algorithm})`, () => {
    let upstream;
    let gate;
    let base;
    beforeAll(async () => {
      upstream = await startUpstream();
      gate = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: upstream.url, algorithm });
      base = await gate.listen(0);
    });
    afterAll(async () => {
      await gate.close();
      await upstream.close();
    });

    it('challenges an unsigned request as TiDB Cloud does', async () => {
      const res = await fetch(`${base}/v1beta1/clusters`);
      expect(res.status).toBe(401);
      const challenge = res.headers.get('www-authenticate') ?? '';
      expect(challenge).toMatch(new RegExp(`^Digest realm="[^"]+", nonce="[^"]+", qop="auth", algorithm=${algorithm}$`));
    });

    it('lets curl --digest through with the right key (curl is the independent client)', async () => {
      const before = upstream.requests.length;
      const res = await curl(['--digest', '--user', `${PUBLIC}:${PRIVATE}`, `${base}/v1beta1/clusters?pageSize=100`]);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ method: 'GET', url: '/v1beta1/clusters?pageSize=100' });
      expect(upstream.requests.length).toBe(before + 1);
      expect(upstream.requests.at(-1)?.headers.authorization).toBeUndefined();
      const post = await curl(['--digest', '--user', `${PUBLIC}:${PRIVATE}`, '-X', 'POST', '-H', 'Content-Type: application/json', '--data', '{"a":1}', `${base}/v1beta1/clusters/1/privateLinkConnections`]);
      expect(post.status).toBe(200);
      expect(JSON.parse(post.body)).toMatchObject({ method: 'POST', body: '{"a":1}' });
    });

    it('refuses curl with a wrong key, and never reaches the API', async () => {
      const before = upstream.requests.length;
      const wrong = await curl(['--digest', '--user', `${PUBLIC}:not-the-key`, `${base}/v1beta1/clusters`]);
      expect(wrong.status).toBe(401);
      const unknown = await curl(['--digest', '--user', `SOMEONE:${PRIVATE}`, `${base}/v1beta1/clusters`]);
      expect(unknown.status).toBe(401);
      const basic = await curl(['--basic', '--user', `${PUBLIC}:${PRIVATE}`, `${base}/v1beta1/clusters`]);
      expect(basic.status).toBe(401);
      expect(upstream.requests.length).toBe(before);
    });

    it('our client answers the challenge, reuses the nonce with growing counts, and stops on a wrong key', async () => {
      const session = new DigestSession(PUBLIC, PRIVATE);
      const before = gate.seen.length;
      const results = await Promise.all(
        [1, 2, 3].map((i) => digestFetch(session, `${base}/v1beta1/clusters/${i}`, { method: 'GET', headers: { Accept: 'application/json' } })),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      const again = await digestFetch(session, `${base}/v1beta1/clusters/4`, { method: 'GET' });
      expect(again.status).toBe(200);
      // the three first calls shared one challenge (two waited for the first); the fourth reused the nonce
      expect(gate.seen.slice(before).filter((r) => r.status === 401)).toHaveLength(1);
      expect(gate.seen.slice(before).filter((r) => r.status === 200)).toHaveLength(4);
      const body = Buffer.from('{"x":"y"}');
      const del = await digestFetch(session, `${base}/v1beta1/clusters/1/privateLinkConnections/p?`, { method: 'DELETE', body, headers: { 'Content-Type': 'application/json' } });
      expect(del.status).toBe(200);

      const wrong = new DigestSession(PUBLIC, 'wrong');
      const refused = await digestFetch(wrong, `${base}/v1beta1/clusters`, { method: 'GET' });
      expect(refused.status).toBe(401);
    });

    it('takes a new nonce when the old one has expired (stale=true)', async () => {
      const session = new DigestSession(PUBLIC, PRIVATE);
      const fresh = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: upstream.url, algorithm, nonceTtlMs: 1500 });
      const freshBase = await fresh.listen(0);
      // Only Date is faked: the nonce's age is read from it, while sockets keep their real timers.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        expect((await digestFetch(session, `${freshBase}/v1beta1/clusters`, { method: 'GET' })).status).toBe(200);
        vi.advanceTimersByTime(1500);
        expect((await digestFetch(session, `${freshBase}/v1beta1/clusters`, { method: 'GET' })).status).toBe(200);
        expect(fresh.seen.map((r) => r.status)).toEqual([401, 200, 200]);
        vi.advanceTimersByTime(1);
        expect((await digestFetch(session, `${freshBase}/v1beta1/clusters`, { method: 'GET' })).status).toBe(200);
        expect(fresh.seen.map((r) => r.status)).toEqual([401, 200, 200, 401, 200]);
      } finally {
        vi.useRealTimers();
        await fresh.close();
      }
    });
  });
}
