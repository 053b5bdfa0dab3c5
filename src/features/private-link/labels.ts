import type { BadgeTone } from '@/components/ui/badge';

export const CONNECTION_TYPE_LABEL: Record<string, string> = {
  AWS_ENDPOINT_SERVICE: 'AWS Endpoint Service',
  ALICLOUD_ENDPOINT_SERVICE: 'Alibaba Cloud Endpoint Service',
};

export const DOMAIN_TYPE_LABEL: Record<string, string> = {
  TIDBCLOUD_MANAGED: 'TiDB Cloud Managed',
  CONFLUENT: 'Confluent Cloud',
};

export const STATE_BADGE: Record<string, { label: string; tone: BadgeTone; pulse?: boolean }> = {
  CREATING: { label: 'Creating', tone: 'info', pulse: true },
  PENDING_ACCEPTANCE: { label: 'Pending acceptance', tone: 'warning' },
  ACTIVE: { label: 'Active', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
  DELETING: { label: 'Deleting', tone: 'neutral', pulse: true },
};

/** Known labels, or the raw value for anything the API added since. */
export const labelOf = (map: Record<string, string>, value: string | undefined) =>
  value === undefined ? '—' : (map[value] ?? value);

export const PROVIDER_CONSOLE: Record<string, { name: string; url: string; verb: string }> = {
  AWS_ENDPOINT_SERVICE: { name: 'AWS console', url: 'https://console.aws.amazon.com/vpcconsole/home#EndpointServices:', verb: 'accept' },
  ALICLOUD_ENDPOINT_SERVICE: { name: 'Alibaba Cloud console', url: 'https://vpc.console.aliyun.com/endpointservice', verb: 'allow' },
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}
