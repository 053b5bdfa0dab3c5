import { describe, expect, it } from 'vitest';
import { connectionPath, connectionsPath } from '../src/features/private-link/api/keys';
import { ROUTES, checkCall } from './allow-list.mjs';
import { checkCaller, checkHost } from './guards.mjs';

const C = '1379661944646413143';
const P = 'plc-4f9a2b7c1d';

/** Every call the page makes, built with the page's own path helpers where it has them. */
const PAGE_CALLS = [
  ['GET', '/v1beta1/clusters?pageSize=100'],
  ['GET', `/v1beta1/clusters/${C}`],
  ['GET', `${connectionsPath(C)}?pageSize=100`],
  ['GET', `${connectionsPath(C)}?pageSize=100&pageToken=abc%3D%3D&state=ACTIVE`],
  ['GET', connectionsPath(C)],
  ['POST', connectionsPath(C)],
  ['GET', connectionPath(C, P)],
  ['DELETE', connectionPath(C, P)],
  ['GET', `${connectionsPath(C)}:getAvailabilityZones`],
  ['POST', `${connectionPath(C, P)}:attachDomains`],
  ['POST', `${connectionPath(C, P)}:detachDomains`],
  ['GET', `/v1beta1/clusters/${C}/changefeeds?pageSize=100`],
  ['GET', `/v1beta1/clusters/${C}/changefeeds?pageSize=100&pageToken=t`],
];

describe('the allow-list', () => {
  it.each(PAGE_CALLS)('lets the page call %s %s', (method, url) => {
    expect(checkCall(method, url)).toMatchObject({ ok: true });
  });

  it('has one entry per call of the page, each reached above', () => {
    const reached = new Set(PAGE_CALLS.map(([m, u]) => checkCall(m, u)).map((r) => (r.ok ? r.route.name : '')));
    expect([...reached].sort()).toEqual(ROUTES.map((r) => r.name).sort());
  });

  const refused = [
    ['DELETE', `/v1beta1/clusters/${C}`, 'DELETE on this path'],
    ['PATCH', `/v1beta1/clusters/${C}`, 'PATCH on this path'],
    ['POST', '/v1beta1/clusters', 'POST on this path'],
    ['PUT', `/v1beta1/clusters/${C}/password`, 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C}/sqlUsers`, 'an unknown path'],
    ['GET', '/v1beta1/regions', 'an unknown path'],
    ['POST', `/v1beta1/clusters/${C}/changefeeds`, 'POST on this path'],
    ['DELETE', `/v1beta1/clusters/${C}/changefeeds/cf1`, 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C}/privateLinkConnections/${P}/../../../${C}`, '"." or ".."'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/..`, '"." or ".."'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/%2e%2E`, '"." or ".."'],
    ['GET', `/v1beta1/clusters/${C}/./privateLinkConnections`, '"." or ".."'],
    ['POST', `/v1beta1/clusters/${C}/privateLinkConnections/..:attachDomains`, '"." or ".."'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/x%2F..%2F..`, 'encoded slash'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/x%2f..`, 'encoded slash'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/x%5C..`, 'encoded slash'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/x%5c..`, 'encoded slash'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/x\\..`, 'backslash'],
    ['GET', `/v1beta1//clusters/${C}`, 'double slash'],
    ['DELETE', `/v1beta1/clusters/${C}//privateLinkConnections/${P}`, 'double slash'],
    ['GET', `/v1beta1/clusters/${C}/privateLinkConnections/${P}/`, 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C}%3Bx/privateLinkConnections`, 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C};view=FULL`, 'an unknown path'],
    ['GET', '/v1beta1/clusters?pageSize=100&admin=1', 'unknown query parameter'],
    ['GET', '/v1beta1/clusters?pageSize=1&pageSize=100', 'repeated query parameter'],
    ['GET', `${connectionsPath(C)}?view=FULL`, 'unknown query parameter'],
    ['POST', `${connectionsPath(C)}?validateOnly=true`, 'unknown query parameter'],
    ['DELETE', `${connectionPath(C, P)}?force=true`, 'unknown query parameter'],
    ['GET', '/v1beta1/clusters?&', 'unknown query parameter'],
    ['HEAD', '/v1beta1/clusters', 'HEAD on this path'],
    ['OPTIONS', '/v1beta1/clusters', 'OPTIONS on this path'],
  ];
  it.each(refused)('refuses %s %s (%s)', (method, url, reason) => {
    const r = checkCall(method, url);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain(reason);
  });
});

describe('the Host check', () => {
  it.each(['localhost:4180', '127.0.0.1:4180', '[::1]:4180', 'LOCALHOST', 'console.example.com'])('lets %s in', (host) => {
    expect(checkHost(host, ['console.example.com'])).toBeUndefined();
  });
  it.each([undefined, '', 'attacker.example:4180', 'localhost.attacker.example', 'evil@localhost', 'localhost/x', '127.0.0.2', '0.0.0.0', 'localhost:4180, evil'])(
    'refuses %s',
    (host) => expect(checkHost(host, ['console.example.com'])).toBeDefined(),
  );
});

describe('the caller check', () => {
  const own = { host: 'localhost:4180', origin: 'http://localhost:4180', 'content-type': 'application/json', 'content-length': '10' };
  it('lets the page read and change things from its own origin', () => {
    expect(checkCaller({ method: 'GET', headers: { host: own.host, 'sec-fetch-site': 'same-origin' } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'GET', headers: { host: own.host } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'POST', headers: { ...own, 'sec-fetch-site': 'same-origin' } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'POST', headers: { ...own, 'content-type': 'application/json; charset=utf-8' } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'DELETE', headers: { host: own.host, origin: own.origin } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'POST', headers: { ...own, origin: 'https://console.example.com' } }, ['https://console.example.com'])).toBeUndefined();
  });
  it.each([
    ['GET', { host: own.host, 'sec-fetch-site': 'cross-site' }, 'cross-site'],
    ['GET', { host: own.host, 'sec-fetch-site': 'same-site' }, 'same-site'],
    ['POST', { ...own, 'sec-fetch-site': 'cross-site' }, 'cross-site'],
    ['POST', { ...own, origin: 'http://localhost:4999' }, 'Origin'],
    ['POST', { ...own, origin: 'null' }, 'Origin'],
    ['POST', { ...own, origin: undefined }, 'Origin'],
    ['DELETE', { host: own.host }, 'Origin'],
    ['POST', { ...own, 'content-type': 'text/plain' }, 'JSON'],
    ['POST', { ...own, 'content-type': 'application/x-www-form-urlencoded' }, 'JSON'],
    ['POST', { ...own, 'content-type': 'multipart/form-data; boundary=x' }, 'JSON'],
    ['POST', { ...own, 'content-type': undefined }, 'JSON'],
    ['DELETE', { ...own, 'content-type': 'text/plain' }, 'JSON'],
    ['PUT', { ...own, 'content-type': 'text/plain' }, 'JSON'],
    ['PATCH', { ...own, origin: 'http://attacker.example' }, 'Origin'],
  ])('refuses %s with %o', (method, headers, reason) => {
    expect(checkCaller({ method, headers }, [])).toContain(reason);
  });
});
