import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Validates requests and answers against TiDB Cloud's published OpenAPI documents (vendored beside
 * this file; see README.md for the source, the license and the errata applied here). Node only:
 * for tests.
 */

type Json = Record<string, unknown>;
const DOCS = ['privatelink', 'cdc', 'cluster', 'migration', 'iam'] as const;

interface Operation {
  doc: string;
  method: string;
  template: string;
  pattern: RegExp;
  op: Json;
}

/** The generator artifacts listed in README.md ("Errata"), fixed in place; and refs made absolute. */
function patch(node: unknown, doc: string): void {
  if (Array.isArray(node)) return node.forEach((n) => patch(n, doc));
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  if (Array.isArray(o.allOf) && o.type === 'object') delete o.type; // erratum 1
  if (typeof o.$ref === 'string' && o.$ref.startsWith('#/')) o.$ref = `${doc}${o.$ref}`;
  if (o.pattern === '^regions/(aws|gcp|azure)-(.+)$') o.pattern = '^regions/(aws|gcp|azure|alicloud)-(.+)$'; // erratum 3
  Object.values(o).forEach((v) => patch(v, doc));
}

function load() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('uint64', /^\d+$/);
  const operations: Operation[] = [];
  const schemas: Record<string, Json> = {};
  for (const doc of DOCS) {
    const file = join(dirname(fileURLToPath(import.meta.url)), `${doc}.openapi.yaml`);
    const spec = parse(readFileSync(file, 'utf8')) as Json;
    const components = (spec.components as { schemas: Record<string, Json> }).schemas;
    for (const name of ['Any', 'protobufAny']) if (components[name]) components[name].additionalProperties = {}; // erratum 2
    const profile = components.ConnProfile;
    if (doc === 'migration' && Array.isArray(profile?.required)) profile.required = profile.required.filter((r) => r !== 'password'); // erratum 4
    patch(spec, doc);
    ajv.addSchema({ $id: doc, components: { schemas: components } });
    for (const [name, schema] of Object.entries(components)) schemas[`${doc}#/components/schemas/${name}`] = schema;
    // cluster.openapi.yaml's server URL ends in /v1beta1; the others carry it in their paths.
    const base = doc === 'cluster' ? '/v1beta1' : '';
    // The account API (iam) is on another host: the page reaches it under /iam on its own origin.
    const prefix = doc === 'iam' ? '(?:/iam)?' : '';
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
      const template = base + path;
      const source = prefix + template.replace(/[.:]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/:]+)');
      for (const [method, op] of Object.entries(item)) {
        operations.push({ doc, method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), op });
      }
    }
  }
  // A literal segment wins over a parameter (`changefeeds/privateLinkEndpoint` over `changefeeds/{id}`).
  operations.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  return { ajv, operations, schemas };
}

let loaded: ReturnType<typeof load> | undefined;
const spec = () => (loaded ??= load());
/** Reads and compiles the documents now (a few seconds on a busy machine): call it in a `beforeAll` with a long timeout. */
export const loadSpec = (): void => void spec();
const compiled = new Map<object, ValidateFunction>();

export function findOperation(method: string, url: string): Operation {
  const path = new URL(url, 'http://x').pathname;
  const found = spec().operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
  if (!found) throw new Error(`${method} ${path} is not an operation of the published API`);
  return found;
}

const jsonSchemaOf = (content: unknown) => (content as { 'application/json'?: { schema?: Json } } | undefined)?.['application/json']?.schema;

function check(schema: Json | undefined, value: unknown, what: string): string[] {
  if (!schema) return [`${what}: the spec describes no JSON body`];
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = spec().ajv.compile(schema)));
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${what}${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** Problems with a request body (empty when it fits the operation's schema and sends no readOnly property). */
export function requestProblems(method: string, url: string, body: unknown): string[] {
  const { op, template } = findOperation(method, url);
  const requestBody = op.requestBody as { content?: unknown } | undefined;
  if (!requestBody) return body === undefined ? [] : [`${method} ${template} takes no body`];
  const schema = jsonSchemaOf(requestBody.content);
  return [...check(schema, body, `${method} ${template} body`), ...readOnlySent(schema, body, 'body')];
}

/** Problems with an answer: `200` against the operation's success schema, any other status against its `default` (Status). */
export function responseProblems(method: string, url: string, status: number, body: unknown): string[] {
  const { op, template, doc } = findOperation(method, url);
  const responses = op.responses as Record<string, { content?: unknown }>;
  // The account API (iam) documents its errors as a 400 only: every error status is held to that shape (erratum 5).
  const response = responses[String(status)] ?? (status >= 400 ? (responses.default ?? (doc === 'iam' ? responses['400'] : undefined)) : undefined);
  if (!response) return [`${method} ${template}: the spec lists no ${status} answer`];
  return check(jsonSchemaOf(response.content), body, `${method} ${template} ${status}`);
}

/** Properties marked readOnly (set by the server) that a request sends anyway. */
function readOnlySent(schema: Json | undefined, value: unknown, at: string): string[] {
  if (!schema || value === null || typeof value !== 'object') return [];
  const resolved = typeof schema.$ref === 'string' ? spec().schemas[schema.$ref] : schema;
  if (!resolved) return [];
  const parts = [resolved, ...((resolved.allOf as Json[] | undefined) ?? [])];
  if (Array.isArray(value)) return value.flatMap((v, i) => readOnlySent(resolved.items as Json, v, `${at}[${i}]`));
  const problems: string[] = [];
  for (const part of parts) {
    if (part !== resolved) problems.push(...readOnlySent(part, value, at));
    for (const [key, prop] of Object.entries((part.properties as Record<string, Json> | undefined) ?? {})) {
      if (!(key in value)) continue;
      if (prop.readOnly) problems.push(`${at}.${key} is readOnly: the server sets it`);
      else problems.push(...readOnlySent(prop, (value as Json)[key], `${at}.${key}`));
    }
  }
  return problems;
}
