import type { ConnectionType, DomainType } from '../private-link';
import type { Problem } from '../rules';
import { DOMAIN_KINDS } from './domains';
import { PROVIDERS } from './index';

/** A domain type the registry knows (DOMAIN_KINDS), with its literal message keys. */
export type KnownDomainKind = (typeof DOMAIN_KINDS)[DomainType];
/** Domain kinds whose unique name the user enters, with their literal message keys. */
export type EnteredDomainKind = Extract<KnownDomainKind, { uniqueName: 'entered' }>;

/**
 * An entered unique name (a kind whose `uniqueName` is `entered`) for a connection of `type` in
 * `clusterRegion`: empty, not in the kind's form for the provider's region codes, or in another
 * region. Undefined when it is fine, and for a generated kind (TiDB Cloud issues those).
 * Its own module, like paste.ts: only the Attach dialog's chunk needs it.
 */
export function uniqueNameProblem(type: ConnectionType, domainType: DomainType, value: string, clusterRegion: string): Problem | undefined {
  const kind: KnownDomainKind = DOMAIN_KINDS[domainType];
  if (kind.uniqueName !== 'entered') return undefined;
  if (value.length === 0) return { key: kind.messages.empty };
  const region = kind.pattern(PROVIDERS[type].regionCode).exec(value)?.groups?.region;
  if (!region) return { key: kind.messages.format };
  if (region !== clusterRegion) return { key: kind.messages.region, params: { clusterRegion, region } };
  return undefined;
}
