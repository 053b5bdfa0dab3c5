import { useI18n } from '@/lib/i18n';
import { underDomain, type MigrationRider } from '../usage';
import { MigrationStateBadge } from './migration-state-badge';

const hostPort = (host: string, port?: number) => (port === undefined ? host : `${host.includes(':') ? `[${host}]` : host}:${port}`);

/**
 * Migrations riding on a connection: name, "Data Migration", state, and the source host (never a
 * password: the contract does not carry one). With `domains` (the attached domains' names, once
 * known), what each needs from the connection.
 */
export function MigrationItems({ migrations, domains, showNeeds = false }: { migrations: MigrationRider[]; domains?: string[]; showNeeds?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm" data-testid="migration-items">
      {migrations.map(({ migration: m, sources }) => {
        const hosts = sources.filter((s) => s.host);
        const viaDomains = !!domains && hosts.some((s) => domains.some((d) => underDomain(s.host!, d)));
        return (
          <li key={m.migrationId} className="px-3 py-2">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium [overflow-wrap:anywhere] text-slate-900">{m.displayName || m.migrationId}</span>
              <span className="text-slate-700">{t('migration.kind')}</span>
              <MigrationStateBadge state={m.state} />
            </div>
            {hosts.map((s, i) => (
              <p key={i} className="mt-1 [overflow-wrap:anywhere] text-slate-700">
                {t('migration.source', { host: hostPort(s.host!, s.port) })}
              </p>
            ))}
            {showNeeds && domains && <p className="mt-1 text-slate-600">{t(viaDomains ? 'migration.needsDomains' : 'migration.needsEndpoint')}</p>}
          </li>
        );
      })}
    </ul>
  );
}
