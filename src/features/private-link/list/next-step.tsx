import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { PROVIDER_CONSOLE_URL } from '../labels';

/** What the user has to do for a connection pending acceptance, and where. */
export function NextStep({
  connection,
  compact = false,
}: {
  connection: Pick<PrivateLinkConnection, 'type' | 'awsEndpointService' | 'alicloudEndpointService'>;
  /** In a table row the endpoint service is already shown in its own column. */
  compact?: boolean;
}) {
  const { rich } = useI18n();
  const type =
    connection.type === 'ALICLOUD_ENDPOINT_SERVICE' ? 'ALICLOUD_ENDPOINT_SERVICE' : 'AWS_ENDPOINT_SERVICE';
  const service = compact
    ? undefined
    : (connection.awsEndpointService?.name ?? connection.alicloudEndpointService?.name);
  return (
    <>
      {rich(
        `nextStep.${type}`,
        {
          link: (chunk) => (
            <a
              href={PROVIDER_CONSOLE_URL[type]}
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
