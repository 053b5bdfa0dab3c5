import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachDomainsCommand,
  createCommand,
  deleteCommand,
  detachDomainsCommand,
  getCommand,
  zonesCommand,
} from './ticloud';
import { shellQuote } from '@/lib/shell-quote';

/** The command lines of the product docs (../shared/seed), verbatim. */
const SEED = {
  zones: 'ticloud serverless private-link-connection zones --cluster-id <cluster-id>',
  createAws:
    'ticloud serverless private-link-connection create -c <cluster-id> --display-name <display-name> --type AWS_ENDPOINT_SERVICE --aws.endpoint-service-name <endpoint-service-name>',
  createAli:
    'ticloud serverless private-link-connection create -c <cluster-id> --display-name <display-name> --type ALICLOUD_ENDPOINT_SERVICE --alicloud.endpoint-service-name <endpoint-service-name>',
  dryRun:
    'ticloud serverless private-link-connection attach-domains -c <cluster-id> --private-link-connection-id <private-link-connection-id> --type TIDBCLOUD_MANAGED --dry-run',
  attachManaged:
    'ticloud serverless private-link-connection attach-domains -c <cluster-id> --private-link-connection-id <private-link-connection-id> --type TIDBCLOUD_MANAGED --unique-name <unique-name>',
  attachConfluent:
    'ticloud serverless private-link-connection attach-domains -c <cluster-id> --private-link-connection-id <private-link-connection-id> --type CONFLUENT --unique-name <unique-name>',
  get: 'ticloud serverless private-link-connection get -c <cluster-id> --private-link-connection-id <private-link-connection-id>',
  detach:
    'ticloud serverless private-link-connection detach-domains -c <cluster-id> --private-link-connection-id <private-link-connection-id> --attach-domain-id <attach-domain-id>',
  delete: 'ticloud serverless private-link-connection delete -c <cluster-id> --private-link-connection-id <private-link-connection-id>',
};

const fillIn = (template: string, values: Record<string, string>) =>
  template.replace(/<([a-z-]+)>/g, (m, name: string) => values[name] ?? m);

const C = '1379661944646413143';
const P = 'plc-4mzq8r2t6w1y3b5d7f9h';

describe('ticloud commands follow the docs’ syntax', () => {
  it('shows the docs’ placeholders for values not typed yet', () => {
    expect(zonesCommand('')).toBe(SEED.zones);
    expect(createCommand({ clusterId: '', type: 'AWS_ENDPOINT_SERVICE' })).toBe(SEED.createAws);
    expect(createCommand({ clusterId: '', type: 'ALICLOUD_ENDPOINT_SERVICE' })).toBe(SEED.createAli);
    expect(attachDomainsCommand({ clusterId: '', connectionId: '', type: 'TIDBCLOUD_MANAGED', dryRun: true })).toBe(SEED.dryRun);
    expect(attachDomainsCommand({ clusterId: '', connectionId: '', type: 'TIDBCLOUD_MANAGED' })).toBe(SEED.attachManaged);
    expect(attachDomainsCommand({ clusterId: '', connectionId: '', type: 'CONFLUENT' })).toBe(SEED.attachConfluent);
    expect(getCommand({ clusterId: '', connectionId: '' })).toBe(SEED.get);
    expect(detachDomainsCommand({ clusterId: '', connectionId: '' })).toBe(SEED.detach);
    expect(deleteCommand({ clusterId: '', connectionId: '' })).toBe(SEED.delete);
  });

  it('puts the values where the docs put the placeholders', () => {
    const service = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
    expect(createCommand({ clusterId: C, displayName: 'orders-rds', type: 'AWS_ENDPOINT_SERVICE', endpointServiceName: service })).toBe(
      fillIn(SEED.createAws, { 'cluster-id': C, 'display-name': 'orders-rds', 'endpoint-service-name': service }),
    );
    expect(attachDomainsCommand({ clusterId: C, connectionId: P, type: 'CONFLUENT', uniqueName: 'domnprzqrog.us-east-1' })).toBe(
      fillIn(SEED.attachConfluent, { 'cluster-id': C, 'private-link-connection-id': P, 'unique-name': 'domnprzqrog.us-east-1' }),
    );
    expect(detachDomainsCommand({ clusterId: C, connectionId: P, attachDomainId: 'ad-3c5e7g9i1k3m5o7q' })).toBe(
      fillIn(SEED.detach, { 'cluster-id': C, 'private-link-connection-id': P, 'attach-domain-id': 'ad-3c5e7g9i1k3m5o7q' }),
    );
    expect(deleteCommand({ clusterId: C, connectionId: P })).toBe(fillIn(SEED.delete, { 'cluster-id': C, 'private-link-connection-id': P }));
    expect(zonesCommand(C)).toBe(fillIn(SEED.zones, { 'cluster-id': C }));
  });

  it('adds the official CLI’s --aws.endpoint-service-region for a service in another region (AWS only)', () => {
    const service = 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d';
    const aws = { clusterId: C, displayName: 'orders', type: 'AWS_ENDPOINT_SERVICE' as const, endpointServiceName: service };
    expect(createCommand({ ...aws, endpointServiceRegion: 'us-west-2' })).toBe(
      `${fillIn(SEED.createAws, { 'cluster-id': C, 'display-name': 'orders', 'endpoint-service-name': service })} --aws.endpoint-service-region us-west-2`,
    );
    expect(createCommand({ ...aws, endpointServiceRegion: '' })).toMatch(/ --aws\.endpoint-service-region <region>$/);
    expect(createCommand(aws)).not.toContain('region');
    expect(createCommand({ clusterId: C, type: 'ALICLOUD_ENDPOINT_SERVICE', endpointServiceRegion: 'cn-hangzhou' })).not.toContain('region');
  });

  it('quotes names with spaces, quotes and shell syntax', () => {
    expect(createCommand({ clusterId: C, displayName: 'My orders DB', type: 'AWS_ENDPOINT_SERVICE' })).toContain(`--display-name 'My orders DB' `);
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(shellQuote('say "hi"')).toBe(`'say "hi"'`);
    expect(shellQuote('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
    expect(shellQuote('`id`')).toBe("'`id`'");
    expect(shellQuote('a\nb')).toBe(`'a\nb'`);
    expect(shellQuote('中文')).toBe(`'中文'`);
  });

  it('a POSIX shell reads every quoted value back exactly', () => {
    // One shell per batch of values, not per value: 120 processes took over 30 s on a busy 2-core machine.
    // Any text, and text made mostly of what a shell treats specially (random code points alone
    // almost never contain a quote, so a naive quoting would pass).
    const special = fc.constantFrom("'", '"', '\\', '$', '`', ' ', '\t', '\n', '!', '*', '?', ';', '&', '|', '(', '#', '~', 'a', '中');
    const value = fc
      .oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: special, maxLength: 20 }))
      .filter((s) => !s.includes('\u0000'));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30 }), (values) => {
        const script = `printf '%s\\0' ${values.map(shellQuote).join(' ')}`;
        const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
        expect(out.split('\0').slice(0, -1)).toEqual(values);
      }),
      { numRuns: 12 },
    );
  }, 30_000);
});
