import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { attachCall } from '../api/attach-domains';
import { createCall } from '../api/create-connection';
import { deleteCall } from '../api/delete-connection';
import { detachCall } from '../api/detach-domains';
import { getCall } from '../api/get-connection';
import { zonesCall } from '../api/get-availability-zones';
import { API_BASE, curlCommand } from './api-request';

/** The arguments a POSIX shell passes to curl (keys left as the variables' names). */
const argv = (command: string) =>
  execFileSync('sh', ['-c', `set -- ${command.replace(/^curl /, '')}; printf '%s\\0' "$@"`], {
    encoding: 'utf8',
    env: { TIDBCLOUD_PUBLIC_KEY: 'PUB', TIDBCLOUD_PRIVATE_KEY: 'PRIV', PATH: process.env.PATH },
  })
    .split('\0')
    .slice(0, -1);

describe('Copy as API request', () => {
  it('Create: POST, the URL and the JSON body the console sends, the keys as variables', () => {
    const input = {
      clusterId: '1379661944646413143',
      displayName: "kafka 'events'",
      type: 'AWS_ENDPOINT_SERVICE' as const,
      endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-07f6e5d4c3b2a1908',
    };
    const cmd = curlCommand(createCall(input));
    expect(cmd.startsWith('curl --digest --user "$TIDBCLOUD_PUBLIC_KEY:$TIDBCLOUD_PRIVATE_KEY" --request POST ')).toBe(true);
    const args = argv(cmd);
    expect(args.slice(0, 3)).toEqual(['--digest', '--user', 'PUB:PRIV']);
    expect(args[args.indexOf('--request') + 1]).toBe('POST');
    expect(args).toContain(`${API_BASE}/v1beta1/clusters/1379661944646413143/privateLinkConnections`);
    expect(JSON.parse(args[args.indexOf('--data') + 1]!)).toEqual({
      privateLinkConnection: {
        clusterId: '1379661944646413143',
        displayName: "kafka 'events'",
        type: 'AWS_ENDPOINT_SERVICE',
        awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-07f6e5d4c3b2a1908' },
      },
    });
    expect(args[args.indexOf('--header') + 1]).toBe('Content-Type: application/json');
  });

  it('Get, Delete and the zones call: no body', () => {
    expect(curlCommand(getCall('c1', 'plc-1'))).toBe(
      `curl --digest --user "$TIDBCLOUD_PUBLIC_KEY:$TIDBCLOUD_PRIVATE_KEY" --request GET ${API_BASE}/v1beta1/clusters/c1/privateLinkConnections/plc-1`,
    );
    expect(argv(curlCommand(deleteCall({ clusterId: 'c1', connectionId: 'plc-1' })))).not.toContain('--data');
    expect(argv(curlCommand(zonesCall('c1')))).toContain(`${API_BASE}/v1beta1/clusters/c1/privateLinkConnections:getAvailabilityZones`);
  });

  it('Attach and Detach Domains: the custom methods and their bodies', () => {
    const attach = argv(curlCommand(attachCall({ clusterId: 'c1', connectionId: 'plc-1', type: 'CONFLUENT', uniqueName: 'dom.us-east-1' })));
    expect(attach).toContain(`${API_BASE}/v1beta1/clusters/c1/privateLinkConnections/plc-1:attachDomains`);
    expect(JSON.parse(attach[attach.indexOf('--data') + 1]!)).toEqual({ attachDomain: { type: 'CONFLUENT', uniqueName: 'dom.us-east-1' }, validateOnly: false });
    const detach = argv(curlCommand(detachCall({ clusterId: 'c1', connectionId: 'plc-1', attachDomainId: 'ad-1' })));
    expect(JSON.parse(detach[detach.indexOf('--data') + 1]!)).toEqual({ attachDomainId: 'ad-1' });
  });

  it('escapes IDs in the URL as the console does', () => {
    expect(curlCommand(getCall('c/1', 'a b'))).toContain('/clusters/c%2F1/privateLinkConnections/a%20b');
  });
});
