import { useI18n } from '@/lib/i18n';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf, providerOf } from '@/contract/providers';
import { getCall } from '../api/get-connection';
import { curlCommand } from '../commands/api-request';
import { CommandBox } from '../commands/cli-command';
import { getCommand } from '../commands/ticloud';
import { CLOUD_STEPS, type AcceptInput, type AllowInput } from '../commands/cloud-steps';

const detailsClass = 'rounded-md border border-slate-200 bg-slate-50 text-sm';
const summaryClass =
  'cursor-pointer rounded-md px-3 py-2 font-medium text-slate-800 select-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600';

function Steps({
  title,
  cli,
  terraform,
  cliLabel,
  check,
}: {
  title: string;
  cli: string;
  terraform: string;
  cliLabel: string;
  /** The connection to read once accepted (as "check now" does): its ticloud and API request. */
  check?: { clusterId: string; connectionId: string };
}) {
  const { t } = useI18n();
  return (
    <details className={detailsClass}>
      <summary className={summaryClass}>{title}</summary>
      <div className="space-y-3 border-t border-slate-200 px-3 py-2">
        <CommandBox label={cliLabel} text={cli} />
        <CommandBox label={t('steps.terraform')} note={t('steps.terraformNote')} text={terraform} />
        {check && (
          <>
            <CommandBox label={t('steps.ticloud')} text={getCommand(check)} />
            <CommandBox label={t('steps.apiCall')} note={t('steps.apiNote')} text={curlCommand(getCall(check.clusterId, check.connectionId))} />
          </>
        )}
      </div>
    </details>
  );
}

/** Before Create: allow TiDB Cloud's account on the endpoint service, as the cloud's CLI and as Terraform. */
export function AllowSteps({ type, ...input }: { type: ConnectionType } & AllowInput) {
  const { t } = useI18n();
  const ui = CLOUD_STEPS[type];
  return (
    <Steps title={t('steps.allowTitle')} cliLabel={t(ui.cliName)} cli={ui.allowCli(input)} terraform={ui.allowTerraform(input)} />
  );
}

/** A pending connection: accept TiDB Cloud's endpoint connection request, its IDs filled in (nothing for an unknown type). */
export function AcceptSteps({
  connection,
  clusterId,
}: {
  connection: Pick<PrivateLinkConnection, 'privateLinkConnectionId' | 'type' | 'awsEndpointService' | 'alicloudEndpointService'>;
  clusterId?: string;
}) {
  const { t } = useI18n();
  const provider = providerOf(connection.type);
  if (!provider) return null;
  const ui = CLOUD_STEPS[provider.type];
  const service = endpointServiceOf(connection);
  const input: AcceptInput = {
    serviceName: service?.name,
    endpointId: service?.endpointId,
    region: service && 'region' in service ? (service.region ?? undefined) : undefined,
  };
  return (
    <Steps
      title={t('steps.acceptTitle')}
      cliLabel={t(ui.cliName)}
      cli={ui.acceptCli(input)}
      terraform={ui.acceptTerraform(input)}
      check={clusterId && connection.privateLinkConnectionId ? { clusterId, connectionId: connection.privateLinkConnectionId } : undefined}
    />
  );
}
