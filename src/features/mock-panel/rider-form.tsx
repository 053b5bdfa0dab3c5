import { useState, type FormEvent } from 'react';
import { useI18n, type Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import { DevActions, DevSelect } from './dev-controls';
import type { MockControl } from './fault-form';

type Connection = ReturnType<MockControl['connections']>[number];

/** What rides on a connection (changefeeds, migrations): how the form names, adds and removes it. */
interface Rider<V extends string> {
  kind: 'changefeeds' | 'migrations';
  title: MessageKey;
  option: MessageKey;
  count: (c: Connection) => number;
  /** The second choice: a changefeed's sink, how a migration names the connection. */
  choice: { label: MessageKey; options: { value: V; label: (t: Translate) => string }[] };
  add: (mock: MockControl, connectionId: string, choice: V) => boolean;
  added: MessageKey;
  remove: (mock: MockControl, connectionId: string) => number;
  removed: MessageKey;
  submit: MessageKey;
  undo: MessageKey;
}

export const CHANGEFEEDS: Rider<'MYSQL' | 'KAFKA'> = {
  kind: 'changefeeds',
  title: 'dev.changefeeds',
  option: 'dev.connectionOption',
  count: (c) => c.changefeeds,
  choice: { label: 'dev.sink', options: [{ value: 'MYSQL', label: () => 'MySQL' }, { value: 'KAFKA', label: () => 'Kafka' }] },
  add: (mock, id, sinkType) => !!mock.addChangefeed(id, { sinkType }),
  added: 'dev.changefeedAdded',
  remove: (mock, id) => mock.removeChangefeeds(id),
  removed: 'dev.changefeedsRemoved',
  submit: 'dev.addChangefeed',
  undo: 'dev.removeChangefeeds',
};

/** A running Data Migration whose source is reached through the connection, named by its ID or its endpoint's ID (the two readings of `endpointId`). */
export const MIGRATIONS: Rider<'connection' | 'endpoint'> = {
  kind: 'migrations',
  title: 'dev.migrations',
  option: 'dev.migrationOption',
  count: (c) => c.migrations,
  choice: {
    label: 'dev.migrationBy',
    options: [
      { value: 'connection', label: (t) => t('dev.migrationByConnection') },
      { value: 'endpoint', label: (t) => t('dev.migrationByEndpoint') },
    ],
  },
  add: (mock, id, by) => !!mock.addMigration(id, { byEndpointId: by === 'endpoint' }),
  added: 'dev.migrationAdded',
  remove: (mock, id) => mock.removeMigrations(id),
  removed: 'dev.migrationsRemoved',
  submit: 'dev.addMigration',
  undo: 'dev.removeMigrations',
};

/** Adds one rider on a connection of the page's cluster, or removes the ones riding on it. */
export function RiderForm<V extends string>({ rider, mock, id, clusterId, onChanged }: { rider: Rider<V>; mock: MockControl; id: string; clusterId: string; onChanged: (s: string) => void }) {
  const { t, formatNumber } = useI18n();
  // The mock's data is read on each render: a change made here renders again through `version`.
  const [version, setVersion] = useState(0);
  const connections = mock.connections(clusterId);
  const [picked, setPicked] = useState<string>();
  const [choice, setChoice] = useState<V>(rider.choice.options[0]!.value);
  const current = connections.find((c) => c.id === picked) ?? connections[0];
  const done = (message: string) => {
    setVersion(version + 1);
    onChanged(message);
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (current && rider.add(mock, current.id, choice)) done(t(rider.added, { connection: current.displayName }));
  };
  const titleId = `${id}-${rider.kind}`;

  return (
    <form className="space-y-2 rounded-md border border-slate-200 p-2" aria-labelledby={titleId} onSubmit={add}>
      <h3 id={titleId} className="font-medium text-slate-800">
        {t(rider.title)}
      </h3>
      {current ? (
        <>
          <div className="flex gap-2">
            <DevSelect
              label={t('dev.connection')}
              className="flex-[2]"
              value={current.id}
              onChange={setPicked}
              options={connections.map((c) => ({ value: c.id, label: t(rider.option, { name: c.displayName, n: formatNumber(rider.count(c)) }) }))}
            />
            <DevSelect label={t(rider.choice.label)} value={choice} onChange={setChoice} options={rider.choice.options.map((o) => ({ value: o.value, label: o.label(t) }))} />
          </div>
          <DevActions
            submit={t(rider.submit)}
            undo={t(rider.undo)}
            undoDisabled={rider.count(current) === 0}
            onUndo={() => done(t(rider.removed, { n: formatNumber(rider.remove(mock, current.id)), connection: current.displayName }))}
          />
        </>
      ) : (
        <p className="text-xs text-slate-600">{t('dev.noConnections')}</p>
      )}
    </form>
  );
}
