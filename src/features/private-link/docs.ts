import type { Lang } from '@/lib/i18n-core';

/**
 * TiDB Cloud documentation pages the seed's "see also" and support lines point to, in the user's
 * language (docs.pingcap.com keeps the Chinese pages under /zh/, with the same slugs and anchors).
 */
export const DOC_PAGES = {
  privateLink: 'serverless-private-link-connection',
  support: 'tidb-cloud-support',
  confluent: 'serverless-private-link-connection-to-aws-confluent#step-1-set-up-a-confluent-cloud-network',
} as const;

export function docsUrl(lang: Lang, page: keyof typeof DOC_PAGES): string {
  const [slug, anchor] = DOC_PAGES[page].split('#');
  return `https://docs.pingcap.com/${lang === 'zh-CN' ? 'zh/' : ''}tidbcloud/${slug}/${anchor ? `#${anchor}` : ''}`;
}
