import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUD_TYPES } from './clouds';

/**
 * The mock knows no provider by name: what differs per connection type is read from its own table
 * (clouds.ts), so a type added there needs no branch here. Only data may name one: that table, the
 * seed, the stories' fixtures and the zones table (keyed by type, checked by tsc).
 */
const MOCKS = import.meta.dirname;
const DATA_FILES = new Set(['clouds.ts', 'seed.ts', 'storybook.ts', 'zones.ts']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const providers = Object.entries(CLOUD_TYPES).map(([type, t]) => ({ type, ...t }));
/** Names only a provider has: its type and request field anywhere, its cloud as a string. */
const NAMES = [...providers.flatMap((p) => [p.type, p.serviceField]).map((n) => `\\b${escape(n)}\\b`), ...providers.map((p) => `['"\`]${escape(p.cloud)}['"\`]`)];
const NAME = `(?:${NAMES.join('|')})`;
/** A branch on one: a comparison, a case, or reading its own request field. */
const Q = `['"\`]?`;
const BRANCH = new RegExp(`(?:[!=]==?\\s*${Q}${NAME})|(?:${NAME}${Q}\\s*[!=]==?)|(?:\\bcase\\s+${Q}${NAME})|(?:\\.\\s*${NAME})`);
const MENTION = new RegExp(NAME);

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** `file:line: text` of each line that names a provider where it may not (in data: branches only). */
export function providerBranches(file: string, source: string): string[] {
  const forbidden = DATA_FILES.has(file) ? BRANCH : MENTION;
  return withoutComments(source)
    .split('\n')
    .flatMap((line, i) => (forbidden.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('the mock is provider-neutral', () => {
  it('names no provider outside its data files, and branches on none anywhere', () => {
    const files = sources(MOCKS);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => providerBranches(relative(MOCKS, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds the branches it forbids (the ones the mock had before the registry)', () => {
    const before = [
      "    type === 'ALICLOUD_ENDPOINT_SERVICE' ? `ep-${randomId(20)}` : `vpce-0${randomId(16, HEX)}`,",
      "      : cluster.region.cloudProvider === 'alicloud'",
      "          ...(field === 'awsEndpointService'",
      '        const expected = (provider.serviceRegionField && input.awsEndpointService?.region) || clusterRegion;',
      "    case 'AWS_ENDPOINT_SERVICE':",
    ].join('\n');
    for (const file of ['ids.ts', 'seed.ts']) expect(providerBranches(file, before), file).toHaveLength(5);
    // in logic, even naming one is a branch waiting to happen; in data, a row is fine
    const row = "    type: 'AWS_ENDPOINT_SERVICE',\n    cloudProvider: 'alicloud',";
    expect(providerBranches('lifecycle.ts', row)).toHaveLength(2);
    expect(providerBranches('seed.ts', row)).toEqual([]);
    expect(providerBranches('lifecycle.ts', '// AWS_ENDPOINT_SERVICE: a comment\nconst url = "https://aws.example";')).toEqual([]);
  });
});
