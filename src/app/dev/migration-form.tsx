import { useState, type FormEvent } from 'react';
import { useI18n } from '@/lib/i18n';
import { DevActions, DevSelect } from './dev-controls';
import type { MockControl } from './fault-form';

type By = 'connection' | 'endpoint';

/**
 * Adds a running Data Migration whose source is reached through a connection of the page's cluster
 * (naming it by its ID or by its endpoint's ID, the two readings of `endpointId`), or removes the ones on it.
 */
export function MigrationForm({ mock, id, clusterId, onChanged }: { mock: MockControl; id: string; clusterId: string; onChanged: (s: string) => void }) {
  const { t, formatNumber } = useI18n();
  const [version, setVersion] = useState(0);
  const connections = mock.connections(clusterId);
  const [picked, setPicked] = useState<string>();
  const [by, setBy] = useState<By>('connection');
  const current = connections.find((c) => c.id === picked) ?? connections[0];
  const done = (message: string) => {
    setVersion(version + 1);
    onChanged(message);
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!current) return;
    if (mock.addMigration(current.id, { byEndpointId: by === 'endpoint' })) done(t('dev.migrationAdded', { connection: current.displayName }));
  };

  return (
    <form className="space-y-2 rounded-md border border-slate-200 p-2" aria-labelledby={`${id}-migrations`} onSubmit={add}>
      <h3 id={`${id}-migrations`} className="font-medium text-slate-800">
        {t('dev.migrations')}
      </h3>
      {current ? (
        <>
          <div className="flex gap-2">
            <DevSelect
              label={t('dev.connection')}
              className="flex-[2]"
              value={current.id}
              onChange={setPicked}
              options={connections.map((c) => ({ value: c.id, label: t('dev.migrationOption', { name: c.displayName, n: formatNumber(c.migrations) }) }))}
            />
            <DevSelect
              label={t('dev.migrationBy')}
              value={by}
              onChange={setBy}
              options={[
                { value: 'connection', label: t('dev.migrationByConnection') },
                { value: 'endpoint', label: t('dev.migrationByEndpoint') },
              ]}
            />
          </div>
          <DevActions
            submit={t('dev.addMigration')}
            undo={t('dev.removeMigrations')}
            undoDisabled={current.migrations === 0}
            onUndo={() => done(t('dev.migrationsRemoved', { n: formatNumber(mock.removeMigrations(current.id)), connection: current.displayName }))}
          />
        </>
      ) : (
        <p className="text-xs text-slate-600">{t('dev.noConnections')}</p>
      )}
    </form>
  );
}
