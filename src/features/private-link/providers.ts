import type { MessageKey } from '@/locales/en';
import type { Lang, Translate } from '@/lib/i18n';
import { PROVIDERS, providerForCloud, providerOf } from '@/contract/providers';
import type { DOMAIN_KINDS } from '@/contract/providers/domains';
import type { ProblemKey } from '@/contract/rules';

/**
 * The UI side of the provider registry (src/contract/providers): its message keys, checked here
 * against the catalog so a provider whose messages are missing does not compile.
 */
type KnownProvider = (typeof PROVIDERS)[keyof typeof PROVIDERS];
type ProviderMessageKey =
  | KnownProvider['messages']['cloud' | 'type' | 'nextStep' | 'serviceFormat']
  | KnownProvider['prerequisites']['title']
  | KnownProvider['prerequisites']['items'][number]['key']
  | Extract<KnownProvider['prerequisites']['items'][number], { otherRegion: string }>['otherRegion'];
type DomainKindMessages = (typeof DOMAIN_KINDS)[keyof typeof DOMAIN_KINDS]['messages'];
type DomainMessageKey = DomainKindMessages extends infer M ? (M extends unknown ? M[keyof M] : never) : never;
type Exact<A extends B, B> = A;
export type CheckedKeys = Exact<ProviderMessageKey | DomainMessageKey | ProblemKey, MessageKey>;

export const asMessageKey = (key: CheckedKeys): MessageKey => key;

/** A connection type in the user's language; a type the API added since, as it is. */
export function typeLabel(t: Translate, type: string | undefined): string {
  if (!type) return '—';
  const p = providerOf(type);
  return p ? t(asMessageKey(p.messages.type)) : type;
}

/** A cluster cloud in the user's language (`AWS`, `Alibaba Cloud`); any other, as it is. */
export function cloudName(t: Translate, cloud: string): string {
  const p = providerForCloud(cloud);
  return p ? t(asMessageKey(p.messages.cloud)) : cloud;
}


/**
 * Every cloud the registry offers a connection type on, in the user's language, as one list ("AWS
 * and Alibaba Cloud"): for the unsupported-cloud sentence (`panel.unsupportedCloudOf`).
 */
export function supportedClouds(t: Translate, lang: Lang): string {
  const clouds = [...new Set(Object.values(PROVIDERS).map((p) => p.cloud))];
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(clouds.map((cloud) => cloudName(t, cloud)));
}
