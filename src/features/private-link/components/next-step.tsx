import type { PrivateLinkConnection } from '../api/contract';
import { PROVIDER_CONSOLE } from '../labels';

/** What the user has to do for a connection pending acceptance, and where. */
export function NextStep({
  connection,
  compact = false,
}: {
  connection: Pick<PrivateLinkConnection, 'type' | 'awsEndpointService' | 'alicloudEndpointService'>;
  /** In a table row the endpoint service is already shown in its own column. */
  compact?: boolean;
}) {
  const provider = PROVIDER_CONSOLE[connection.type] ?? PROVIDER_CONSOLE.AWS_ENDPOINT_SERVICE!;
  const service = compact ? undefined : (connection.awsEndpointService?.name ?? connection.alicloudEndpointService?.name);
  return (
    <>
      Open your endpoint service{service ? <> <span className="font-mono break-all">{service}</span></> : null} in the{' '}
      <a href={provider.url} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline">
        {provider.name}
      </a>
      , go to the <strong>Endpoint Connections</strong> tab and {provider.verb} the endpoint connection request from TiDB Cloud.
    </>
  );
}
