import { CopyButton } from '@/components/ui/copy-button';
import { ExternalLink } from '@/components/ui/external-link';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceConsoleUrl, endpointServiceOf, providerOf } from '@/contract/providers';
import { asMessageKey } from '../providers';

/**
 * What the user has to do for a connection pending acceptance, and where: a link to the endpoint
 * service's own page in its region, and the endpoint ID to look for among its connection requests
 * (nothing for a type this console does not know).
 */
export function NextStep({
  connection,
  compact = false,
}: {
  connection: Pick<PrivateLinkConnection, 'type' | 'awsEndpointService' | 'alicloudEndpointService'>;
  /** In a table row the endpoint service is already shown in its own column. */
  compact?: boolean;
}) {
  const { t, rich } = useI18n();
  const provider = providerOf(connection.type);
  if (!provider) return null;
  const service = endpointServiceOf(connection);
  const name = compact ? undefined : service?.name;
  const endpointId = service?.endpointId;
  return (
    <>
      {rich(
        asMessageKey(provider.messages.nextStep),
        {
          link: (chunk) => <ExternalLink href={endpointServiceConsoleUrl(provider.type, service?.name ?? '')}>{chunk}</ExternalLink>,
          b: (chunk) => <strong>{chunk}</strong>,
        },
        { service: name ? ` ${name}` : '' },
      )}
      {endpointId && (
        <span className="mt-1 flex flex-wrap items-center gap-x-1.5">
          {t('nextStep.endpointId')}
          <code className="font-mono text-xs [overflow-wrap:anywhere]">{endpointId}</code>
          <CopyButton value={endpointId} label={t('details.endpointId')} />
        </span>
      )}
    </>
  );
}
