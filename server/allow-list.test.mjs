import { describe, expect, it } from 'vitest';
import { connectionPath, connectionsPath } from '../src/features/private-link/api/keys';
import { ROUTES, checkCall, isApiPath } from './allow-list.mjs';
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
  ['GET', `/v1beta1/clusters/${C}/migrations?pageSize=100`],
  ['GET', `/v1beta1/clusters/${C}/migrations?pageSize=100&pageToken=bmV4dA%3D%3D&orderBy=createTime+desc`],
  ['GET', '/iam/v1beta1/projects?pageSize=100'],
  ['GET', '/iam/v1beta1/projects?pageSize=100&pageToken=p2'],
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
    // IDs: cluster IDs are digits; connection IDs letters, digits and '-'
    ['GET', '/v1beta1/clusters/-', 'an unknown path'],
    ['GET', '/v1beta1/clusters/...', 'an unknown path'],
    ['GET', '/v1beta1/clusters/12a4', 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C}/privateLinkConnections/~root`, 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C}/privateLinkConnections/...`, 'an unknown path'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/plc_1`, 'an unknown path'],
    ['DELETE', `/v1beta1/clusters/${C}/privateLinkConnections/plc.1`, 'an unknown path'],
    // query values, each of the kind its parameter takes
    ['GET', `${connectionsPath(C)}?pageSize=1;clusterId=x`, 'query parameter pageSize'],
    ['GET', `${connectionsPath(C)}?pageSize=ten`, 'query parameter pageSize'],
    ['GET', `${connectionsPath(C)}?pageSize=-1`, 'query parameter pageSize'],
    ['GET', `${connectionsPath(C)}?pageSize`, 'query parameter pageSize'],
    ['GET', `${connectionsPath(C)}?pageSize=`, 'query parameter pageSize'],
    ['GET', `${connectionsPath(C)}?state=ACTIVE%26x%3D1`, 'query parameter state'],
    ['GET', `${connectionsPath(C)}?state=active`, 'query parameter state'],
    ['GET', `${connectionsPath(C)}?pageToken=a;b`, 'query parameter pageToken'],
    ['GET', `${connectionsPath(C)}?pageToken=a%0d%0aX:1`, 'query parameter pageToken'],
    ['GET', `${connectionsPath(C)}?pageToken=%zz`, 'query parameter pageToken'],
    ['GET', `${connectionsPath(C)}?pageToken=${'a'.repeat(3000)}`, 'query parameter pageToken'],
    ['GET', `/v1beta1/clusters/${C}?view=EVERYTHING`, 'query parameter view'],
    ['GET', `/v1beta1/clusters/${C}/changefeeds?changefeedType=S3`, 'query parameter changefeedType'],
    ['GET', '/v1beta1/clusters?skip=1e3', 'query parameter skip'],
    // the migrations list, and the account API's projects list only
    ['POST', `/v1beta1/clusters/${C}/migrations`, 'POST on this path'],
    ['GET', `/v1beta1/clusters/${C}/migrations/m-1`, 'an unknown path'],
    ['GET', `/v1beta1/clusters/${C}/migrations?state=RUNNING`, 'unknown query parameter'],
    ['POST', '/iam/v1beta1/projects', 'POST on this path'],
    ['GET', '/iam/v1beta1/projects?orderBy=name', 'unknown query parameter'],
    ['GET', '/iam/v1beta1/projects/1', 'an unknown path'],
    ['GET', '/iam/customerSignupUrl', 'an unknown path'],
    ['GET', '/iam/mspCustomers', 'an unknown path'],
    ['GET', '/iam/v1beta1/clusters/1/sqlUsers', 'an unknown path'],
    ['GET', '/v1beta1/projects', 'an unknown path'],
    ['GET', '/iam/../v1beta1/clusters', '"." or ".."'],
  ];
  it.each(refused)('refuses %s %s (%s)', (method, url, reason) => {
    const r = checkCall(method, url);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain(reason);
  });
});

describe('what the API is sent', () => {
  it('the account API’s projects go to its own base as /v1beta1/projects, the rest as they came', () => {
    expect(checkCall('GET', '/iam/v1beta1/projects?pageSize=100&pageToken=p2')).toMatchObject({ ok: true, route: { api: 'iam' }, upstreamUrl: '/v1beta1/projects?pageSize=100&pageToken=p2' });
    expect(checkCall('GET', `/v1beta1/clusters/${C}/migrations?pageSize=10`)).toMatchObject({ ok: true, route: { api: 'cloud' }, upstreamUrl: `/v1beta1/clusters/${C}/migrations?pageSize=10` });
  });
  it.each(['/iam', '/iam/', '/iam?x', '/v1beta1', '/v1beta1/x'])('%s is the proxy’s to answer', (path) => expect(isApiPath(path)).toBe(true));
  it.each(['/', '/iamx', '/iam-settings', '/assets/iam.js'])('%s is a page', (path) => expect(isApiPath(path)).toBe(false));
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
    expect(checkCaller({ method: 'GET', headers: { host: own.host, referer: 'http://localhost:4180/clusters/1' } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'GET', headers: { host: own.host, origin: 'http://localhost:4180' } }, [])).toBeUndefined();
    expect(checkCaller({ method: 'GET', headers: { host: own.host, referer: 'https://console.example.com/x' } }, ['https://console.example.com'])).toBeUndefined();
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
    ['GET', { host: own.host, origin: 'http://127.0.0.1:8080' }, 'Origin'],
    ['GET', { host: own.host, origin: 'null' }, 'Origin'],
    ['GET', { host: own.host, referer: 'http://127.0.0.1:8080/x.html' }, 'Referer'],
    ['GET', { host: own.host, referer: 'http://localhost:4180.attacker.example/' }, 'Referer'],
    ['GET', { host: own.host, referer: 'not a url' }, 'Referer'],
    ['POST', { ...own, referer: 'http://attacker.example/' }, 'Referer'],
  ])('refuses %s with %o', (method, headers, reason) => {
    expect(checkCaller({ method, headers }, [])).toContain(reason);
  });
});
