import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf, providerOf } from '@/contract/providers';
import { asMessageKey } from '../providers';

/** What the user has to do for a connection pending acceptance, and where (nothing for a type this console does not know). */
export function NextStep({
  connection,
  compact = false,
}: {
  connection: Pick<PrivateLinkConnection, 'type' | 'awsEndpointService' | 'alicloudEndpointService'>;
  /** In a table row the endpoint service is already shown in its own column. */
  compact?: boolean;
}) {
  const { rich } = useI18n();
  const provider = providerOf(connection.type);
  if (!provider) return null;
  const service = compact ? undefined : endpointServiceOf(connection)?.name;
  return (
    <>
      {rich(
        asMessageKey(provider.messages.nextStep),
        {
          link: (chunk) => (
            <a
              href={provider.consoleUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline"
            >
              {chunk}
            </a>
          ),
          b: (chunk) => <strong>{chunk}</strong>,
        },
        { service: service ? ` ${service}` : '' },
      )}
    </>
  );
}
