import type { ConnectionType } from '../private-link';
import { PROVIDERS } from './index';

/** What was made of a pasted endpoint service: the name to send and what of it was assumed. */
export interface PastedService {
  name: string;
  /** The region was not in what was pasted: the cluster's was taken (same region is the default). */
  regionAssumed?: string;
}

/**
 * Reads what the cloud consoles show as the endpoint service name the API takes, using only the
 * provider registry's rules (ID prefix, name builder, where a console URL carries the region):
 * spaces and trailing dots dropped, letters lower-cased (the clouds issue them so), a console URL or
 * a bare service ID turned into the full name. Anything else is returned as typed, for the rules to judge.
 */
export function readPastedService(type: ConnectionType, input: string, clusterRegion: string): PastedService {
  const p = PROVIDERS[type];
  const text = input.replace(/\s+/g, '').replace(/\.+$/, '');
  const prefix = p.serviceName.id.prefix;
  const id = new RegExp(`(?:^|[^a-z0-9-])(${prefix}[0-9a-z]+)`, 'i').exec(text)?.[1]?.toLowerCase();
  if (/^https?:\/\//i.test(text) && id) {
    const region = p.paste.regionInUrl.exec(text)?.[1]?.toLowerCase();
    return region ? { name: p.serviceName.of(region, id) } : { name: p.serviceName.of(clusterRegion, id), regionAssumed: clusterRegion };
  }
  const lower = text.toLowerCase();
  if (id && lower === id) return { name: p.serviceName.of(clusterRegion, id), regionAssumed: clusterRegion };
  return { name: lower };
}

/** What was made of a pasted domain unique name (Confluent): the name to send, and whether a part was guessed away. */
export interface PastedUniqueName {
  name: string;
  /** A leading label was dropped (a zone or a cluster ID before `<network>.<region>`): worth a look. */
  unsure?: boolean;
}

/**
 * Reads a unique name from what the domain's console shows: a URL, a full domain ending in the
 * provider's `suffix` (the registry's `domains[].suffix`), a `*.` wildcard, a port, spaces, upper case
 * or a trailing dot. What is left is judged by the unique-name rules.
 */
export function readPastedUniqueName(suffix: string | undefined, input: string): PastedUniqueName {
  let s = input
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.+$/, '')
    .replace(/^\*\./, '');
  if (suffix && s.endsWith(`.${suffix}`)) {
    s = s.slice(0, -(suffix.length + 1));
    const labels = s.split('.');
    if (labels.length === 3) return { name: labels.slice(1).join('.'), unsure: true };
  }
  return { name: s };
}
