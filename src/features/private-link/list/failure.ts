import type { Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { PROVIDERS, providerOf } from '@/contract/providers';

/** The Create form's label of each request field a message may name (`awsEndpointService.region` …). */
const FIELD_LABEL: Record<string, MessageKey> = {
  displayName: 'create.name',
  type: 'create.type',
  ...Object.fromEntries(
    Object.values(PROVIDERS).flatMap((p) => [
      [`${p.serviceField}.name`, 'create.service'],
      [`${p.serviceField}.region`, 'create.serviceRegion'],
      [p.serviceField, 'create.service'],
    ]),
  ),
};
const FIELD_PATH = new RegExp(
  `\\b(?:privateLinkConnection\\.)?(${Object.keys(FIELD_LABEL)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/\./g, '\\.'))
    .join('|')})\\b`,
  'g',
);

/** The API's message with its field paths written as the form's labels ("set Endpoint Service Region"). */
export function withFormLabels(message: string, t: Translate): string {
  return message.replace(FIELD_PATH, (_, path: string) => `“${t(FIELD_LABEL[path]!)}”`);
}

export interface Failure {
  /** What went wrong, in the user's language. */
  summary: string;
  /** What to do about it, in the user's language. */
  fix: string;
  /** The API's own message, as it came (undefined when it sent none). */
  original?: string;
  /** The original with the API's field paths as the form's labels, when that changed anything. */
  labelled?: string;
}

/**
 * Why a connection failed, in words a person understands. The API's message is free text: the
 * causes this console recognises (the endpoint service in another region, the request rejected,
 * the service not found or TiDB Cloud's account not allowed) are told in both languages; any other
 * is told as a failure, its message kept as it is.
 */
export function explainFailure(c: Pick<PrivateLinkConnection, 'type' | 'message'>, t: Translate): Failure {
  const original = c.message || undefined;
  const provider = providerOf(c.type);
  const cloud = provider?.messages.consoleName ?? '';
  const list = provider?.allowList ?? '';
  const labelled = original && withFormLabels(original, t);
  const base = { original, labelled: labelled !== original ? labelled : undefined };
  const region = original && /\bis in ([a-z0-9-]+), but the connection looks for it in ([a-z0-9-]+)/i.exec(original);
  if (region)
    return {
      ...base,
      summary: t('failure.region.summary', { actual: region[1]!, expected: region[2]! }),
      fix: t(provider?.serviceRegionField ? 'failure.region.fixRegion' : 'failure.region.fix', { actual: region[1]!, expected: region[2]! }),
    };
  if (original && /\breject/i.test(original)) return { ...base, summary: t('failure.rejected.summary', { cloud }), fix: t('failure.rejected.fix') };
  if (original && /not (?:be )?found|not allowed|permission|whitelist|allow/i.test(original))
    return { ...base, summary: t('failure.notAllowed.summary'), fix: t('failure.notAllowed.fix', { list }) };
  return { ...base, summary: t('failure.other.summary'), fix: t('failure.other.fix') };
}
