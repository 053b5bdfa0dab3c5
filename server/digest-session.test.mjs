import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { DigestSession, digestFetch, digestResponse, hash, isSupported, parseAuthHeader, pickChallenge } from './digest.mjs';

const md5 = (s) => createHash('md5').update(s).digest('hex');
const sha256 = (s) => createHash('sha256').update(s).digest('hex');

describe('hashes and headers', () => {
  it('the -sess variants hash as their base algorithm; others are refused by name', () => {
    expect(hash('MD5-sess', 'x')).toBe(md5('x'));
    expect(hash('sha-256-SESS', 'x')).toBe(sha256('x'));
    expect(isSupported('SHA-256-sess')).toBe(true);
    expect(isSupported('SHA-1')).toBe(false);
    expect(() => hash('SHA-1', 'x')).toThrow('unsupported digest algorithm SHA-1');
  });

  it('parseAuthHeader: tokens and quoted strings, extra spaces after commas, nothing before a scheme', () => {
    expect(parseAuthHeader('Digest algorithm=SHA-256,  qop="auth", realm="a \\"b\\""')).toEqual([{ scheme: 'Digest', params: { algorithm: 'SHA-256', qop: 'auth', realm: 'a "b"' } }]);
    expect(parseAuthHeader('a=b, Digest x=y')).toEqual([]);
  });

  it('pickChallenge: none in no header; qop may list auth among others, spaced', () => {
    expect(pickChallenge(null)).toBeUndefined();
    expect(pickChallenge('')).toBeUndefined();
    expect(pickChallenge('Digest realm="r", nonce="n", qop="auth-int, auth"')?.params.nonce).toBe('n');
    expect(pickChallenge('Digest realm="r", qop="auth"')).toBeUndefined();
    expect(pickChallenge('Newauth realm="r", nonce="x", qop="auth"')).toBeUndefined();
    // -sess ranks as its base algorithm: SHA-256-sess above MD5, whatever the order offered.
    expect(pickChallenge('Digest nonce="m", qop="auth", algorithm=MD5, Digest nonce="s", qop="auth", algorithm=SHA-256-sess')?.params.nonce).toBe('s');
  });

  it('digestResponse: MD5 by default; -sess folds the nonces into HA1; without qop, RFC 2069’s form', () => {
    const p = { username: 'u', realm: 'r', password: 'p', method: 'GET', uri: '/x', nonce: 'n', nc: '00000001', cnonce: 'c', qop: 'auth' };
    const ha2 = md5('GET:/x');
    expect(digestResponse({ ...p, algorithm: '' })).toBe(md5(`${md5('u:r:p')}:n:00000001:c:auth:${ha2}`));
    expect(digestResponse({ ...p, algorithm: 'MD5-sess' })).toBe(md5(`${md5(`${md5('u:r:p')}:n:c`)}:n:00000001:c:auth:${ha2}`));
    expect(digestResponse({ ...p, algorithm: 'MD5', qop: undefined })).toBe(md5(`${md5('u:r:p')}:n:${ha2}`));
  });
});

describe('DigestSession', () => {
  it('refuses a user name a header cannot carry, or none', () => {
    for (const u of ['', 'a"b', 'a\\b', 'a\nb']) expect(() => new DigestSession(u, 'p'), JSON.stringify(u)).toThrow('the public key has characters a digest user name cannot carry');
  });

  it('quotes what it repeats; userhash and opaque as the challenge asks; fresh on a nonce’s first count only', () => {
    const s = new DigestSession('user', 'pw');
    s.accept('Digest realm="a \\"b\\"", nonce="n", qop="auth", opaque="o", userhash=true, algorithm=SHA-256');
    const first = s.authorization('GET', '/x');
    const p = parseAuthHeader(first.header)[0].params;
    expect(p).toMatchObject({ realm: 'a "b"', opaque: 'o', userhash: 'true', username: sha256('user:a "b"'), algorithm: 'SHA-256' });
    expect(first.fresh).toBe(true);
    expect(s.authorization('GET', '/x').fresh).toBe(false);
    const plain = new DigestSession('user', 'pw');
    plain.accept('Digest realm="r", nonce="n", qop="auth"');
    const h = plain.authorization('GET', '/x').header;
    expect(parseAuthHeader(h)[0].params).toMatchObject({ username: 'user', algorithm: 'MD5' });
    expect(h).not.toContain('opaque');
    expect(h).not.toContain('userhash');
  });

  it('remembers the counts of the last 64 nonces: the 65th back starts again at 1', () => {
    const s = new DigestSession('user', 'pw');
    for (let i = 0; i <= 64; i++) {
      s.accept(`Digest realm="r", nonce="n${i}", qop="auth"`);
      s.authorization('GET', '/x');
    }
    s.accept('Digest realm="r", nonce="n1", qop="auth"');
    expect(s.authorization('GET', '/x').fresh).toBe(false); // n1 still remembered
    s.accept('Digest realm="r", nonce="n0", qop="auth"');
    expect(s.authorization('GET', '/x').fresh).toBe(true); // n0 forgotten
  });

  it('trusted: after an answer, for 10 s; while younger than a minute and than 90% of a nonce’s seen life', () => {
    const clock = { t: 1_000_000 };
    const s = new DigestSession('user', 'pw', () => clock.t);
    expect(s.trusted()).toBe(false);
    s.accept('Digest realm="r", nonce="n1", qop="auth"');
    expect(s.trusted()).toBe(false); // not yet answered
    s.confirm('other');
    expect(s.trusted()).toBe(false);
    s.confirm('n1');
    expect(s.trusted()).toBe(true);
    clock.t += 9_999;
    expect(s.trusted()).toBe(true);
    clock.t += 1;
    expect(s.trusted()).toBe(false);
    clock.t += 49_999; // age 59,999 ms
    s.confirm('n1');
    expect(s.trusted()).toBe(true);
    clock.t += 1;
    s.confirm('n1');
    expect(s.trusted()).toBe(false); // a minute old
    // n1 was refused after 60 s: nonces live about that long; trusted until 90% of it.
    s.accept('Digest realm="r", nonce="n2", qop="auth"');
    expect(s.lifetime).toBe(60_000);
    s.confirm('n2');
    clock.t += 53_999;
    s.confirm('n2');
    expect(s.trusted()).toBe(true);
    clock.t += 1;
    s.confirm('n2');
    expect(s.trusted()).toBe(false);
    // Taking the same nonce again says nothing about its life; a life is at least a second.
    s.accept('Digest realm="r", nonce="n2", qop="auth"');
    expect(s.lifetime).toBe(60_000);
    s.accept('Digest realm="r", nonce="n3", qop="auth"');
    expect(s.lifetime).toBe(1000);
  });
});

describe('digestFetch', () => {
  const challenge = (extra = '') => new Response(null, { status: 401, headers: { 'WWW-Authenticate': `Digest realm="r", nonce="n", qop="auth"${extra}` } });
  const ok = () => new Response('{}', { status: 200 });

  it('answers the challenge once; counts every request and answer; a signed success is trusted after', async () => {
    const fetchImpl = vi.fn().mockResolvedValueOnce(challenge()).mockResolvedValueOnce(ok());
    const s = new DigestSession('user', 'pw');
    const beforeSend = vi.fn(() => 't');
    const onAnswer = vi.fn();
    const res = await digestFetch(s, 'http://api.example/v1beta1/clusters?pageSize=1', { method: 'GET', beforeSend, onAnswer }, fetchImpl);
    expect(res.status).toBe(200);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(fetchImpl.mock.calls[0][1].headers).toEqual({});
    expect(parseAuthHeader(fetchImpl.mock.calls[1][1].headers.Authorization)[0].params).toMatchObject({ uri: '/v1beta1/clusters?pageSize=1', nonce: 'n' });
    expect(fetchImpl.mock.calls[1][1]).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(beforeSend).toHaveBeenCalledTimes(2);
    expect(onAnswer).toHaveBeenCalledTimes(2);
    expect(onAnswer).toHaveBeenLastCalledWith('t', res);
    expect(s.trusted()).toBe(true);
  });

  it('a 401 to a first count of a new challenge is the answer (a wrong key), unless the server says stale (any case)', async () => {
    const header = 'Digest realm="r", nonce="n", qop="auth"';
    const wrongKey = new DigestSession('user', 'pw');
    wrongKey.accept(header);
    const wrong = vi.fn().mockResolvedValueOnce(challenge()).mockResolvedValue(ok());
    expect((await digestFetch(wrongKey, 'http://api.example/x', { method: 'GET' }, wrong)).status).toBe(401);
    expect(wrong).toHaveBeenCalledTimes(1);
    const expired = new DigestSession('user', 'pw');
    expired.accept(header);
    const stale = vi.fn().mockResolvedValueOnce(challenge(', stale=TRUE')).mockResolvedValue(ok());
    expect((await digestFetch(expired, 'http://api.example/x', { method: 'GET' }, stale)).status).toBe(200);
    expect(stale).toHaveBeenCalledTimes(2);
  });

  it('answers a challenge once only: a second 401 is the answer', async () => {
    const twice = vi.fn().mockResolvedValueOnce(challenge()).mockResolvedValueOnce(challenge(', stale=true')).mockResolvedValue(ok());
    expect((await digestFetch(new DigestSession('user', 'pw'), 'http://api.example/x', { method: 'GET' }, twice)).status).toBe(401);
    expect(twice).toHaveBeenCalledTimes(2);
  });

  it('a 401 with no challenge it can answer is the answer', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="r"' } }));
    expect((await digestFetch(new DigestSession('user', 'pw'), 'http://api.example/x', { method: 'GET' }, fetchImpl)).status).toBe(401);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('two requests refused with the same old nonce: the first takes the new challenge, the second signs with it, not with its own', async () => {
    const s = new DigestSession('user', 'pw');
    s.accept('Digest realm="r", nonce="n1", qop="auth"');
    s.confirm('n1'); // trusted: both go at once, signed with n1
    /** @type {Record<string, (res: Response) => void>} */
    const answer = {};
    const stale = (nonce) => new Response(null, { status: 401, headers: { 'WWW-Authenticate': `Digest realm="r", nonce="${nonce}", qop="auth", stale=true` } });
    const nonceOf = (init) => parseAuthHeader(init.headers.Authorization)[0].params.nonce;
    const fetchImpl = vi.fn((url, init) => {
      if (nonceOf(init) !== 'n1') return Promise.resolve(ok());
      return new Promise((resolve) => (answer[new URL(url).pathname] = resolve));
    });
    const a = digestFetch(s, 'http://api.example/a', { method: 'GET' }, fetchImpl);
    const b = digestFetch(s, 'http://api.example/b', { method: 'GET' }, fetchImpl);
    await vi.waitFor(() => expect(Object.keys(answer)).toEqual(['/a', '/b']));
    answer['/a'](stale('n2'));
    expect((await a).status).toBe(200);
    // The server hands the later refusal yet another nonce: n2, just taken and answered, stays.
    answer['/b'](stale('n3'));
    expect((await b).status).toBe(200);
    expect(fetchImpl.mock.calls.map(([url, init]) => `${new URL(url).pathname} ${nonceOf(init)}`)).toEqual(['/a n1', '/b n1', '/a n2', '/b n2']);
    expect(s.challenge.params.nonce).toBe('n2');
    expect(s.trusted()).toBe(true);
  });

  it('while a new challenge is tried, other requests wait for its answer, then sign with it; a waiting request can be aborted', async () => {
    let answerProbe;
    const fetchImpl = vi.fn((_url, init) => {
      if (!init.headers.Authorization) return new Promise((resolve) => (answerProbe = () => resolve(challenge())));
      return Promise.resolve(ok());
    });
    const s = new DigestSession('user', 'pw');
    const first = digestFetch(s, 'http://api.example/a', { method: 'GET' }, fetchImpl);
    const second = digestFetch(s, 'http://api.example/b', { method: 'GET' }, fetchImpl);
    const controller = new AbortController();
    const third = digestFetch(s, 'http://api.example/c', { method: 'GET', signal: controller.signal }, fetchImpl);
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    controller.abort(new Error('gone'));
    await expect(third).rejects.toThrow('gone');
    answerProbe();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    // The probe, its signed retry and the second request signed at once: never a second unsigned one.
    expect(fetchImpl.mock.calls.map(([url, init]) => `${new URL(url).pathname} ${init.headers.Authorization ? 'signed' : 'unsigned'}`).sort()).toEqual(['/a signed', '/a unsigned', '/b signed']);
    const already = new AbortController();
    already.abort(new Error('before'));
    const blocked = new DigestSession('user', 'pw');
    blocked.pending = new Promise(() => {});
    await expect(digestFetch(blocked, 'http://api.example/d', { method: 'GET', signal: already.signal }, fetchImpl)).rejects.toThrow('before');
  });
});
