import { useI18n } from '@/lib/i18n';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf } from '@/contract/providers';
import { CommandBox } from '../commands/cli-command';
import type { AcceptInput, AllowInput } from '../commands/cloud-steps';
import { PROVIDER_UI, providerUiOf } from '../providers';

const detailsClass = 'rounded-md border border-slate-200 bg-slate-50 text-sm';
const summaryClass =
  'cursor-pointer rounded-md px-3 py-2 font-medium text-slate-800 select-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600';

function Steps({ title, cli, terraform, cliLabel }: { title: string; cli: string; terraform: string; cliLabel: string }) {
  const { t } = useI18n();
  return (
    <details className={detailsClass}>
      <summary className={summaryClass}>{title}</summary>
      <div className="space-y-3 border-t border-slate-200 px-3 py-2">
        <CommandBox label={cliLabel} text={cli} />
        <CommandBox label={t('steps.terraform')} note={t('steps.terraformNote')} text={terraform} />
      </div>
    </details>
  );
}

/** Before Create: allow TiDB Cloud's account on the endpoint service, as the cloud's CLI and as Terraform. */
export function AllowSteps({ type, ...input }: { type: ConnectionType } & AllowInput) {
  const { t } = useI18n();
  const ui = PROVIDER_UI[type];
  return (
    <Steps title={t('steps.allowTitle')} cliLabel={t(ui.cliName)} cli={ui.steps.allowCli(input)} terraform={ui.steps.allowTerraform(input)} />
  );
}

/** A pending connection: accept TiDB Cloud's endpoint connection request, its IDs filled in (nothing for an unknown type). */
export function AcceptSteps({ connection }: { connection: Pick<PrivateLinkConnection, 'type' | 'awsEndpointService' | 'alicloudEndpointService'> }) {
  const { t } = useI18n();
  const ui = providerUiOf(connection.type);
  if (!ui) return null;
  const service = endpointServiceOf(connection);
  const input: AcceptInput = {
    serviceName: service?.name,
    endpointId: service?.endpointId,
    region: service && 'region' in service ? (service.region ?? undefined) : undefined,
  };
  return (
    <Steps title={t('steps.acceptTitle')} cliLabel={t(ui.cliName)} cli={ui.steps.acceptCli(input)} terraform={ui.steps.acceptTerraform(input)} />
  );
}
