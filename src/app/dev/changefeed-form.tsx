import { useState, type FormEvent } from 'react';
import { useI18n } from '@/lib/i18n';
import { DevActions, DevSelect } from './dev-controls';
import type { MockControl } from './fault-form';

const SINKS = ['MYSQL', 'KAFKA'] as const;

/** Adds a changefeed riding on a connection of the page's cluster, or removes the ones riding on it. */
export function ChangefeedForm({ mock, id, clusterId, onChanged }: { mock: MockControl; id: string; clusterId: string; onChanged: (s: string) => void }) {
  const { t, formatNumber } = useI18n();
  const [version, setVersion] = useState(0);
  const connections = mock.connections(clusterId);
  const [picked, setPicked] = useState<string>();
  const [sink, setSink] = useState<(typeof SINKS)[number]>('MYSQL');
  const current = connections.find((c) => c.id === picked) ?? connections[0];
  const done = (message: string) => {
    setVersion(version + 1);
    onChanged(message);
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!current) return;
    const changefeedId = mock.addChangefeed(current.id, { sinkType: sink });
    if (changefeedId) done(t('dev.changefeedAdded', { connection: current.displayName }));
  };

  return (
    <form className="space-y-2 rounded-md border border-slate-200 p-2" aria-labelledby={`${id}-changefeeds`} onSubmit={add}>
      <h3 id={`${id}-changefeeds`} className="font-medium text-slate-800">
        {t('dev.changefeeds')}
      </h3>
      {current ? (
        <>
          <div className="flex gap-2">
            <DevSelect
              label={t('dev.connection')}
              className="flex-[2]"
              value={current.id}
              onChange={setPicked}
              options={connections.map((c) => ({ value: c.id, label: t('dev.connectionOption', { name: c.displayName, n: formatNumber(c.changefeeds) }) }))}
            />
            <DevSelect label={t('dev.sink')} value={sink} onChange={setSink} options={SINKS.map((s) => ({ value: s, label: s === 'MYSQL' ? 'MySQL' : 'Kafka' }))} />
          </div>
          <DevActions
            submit={t('dev.addChangefeed')}
            undo={t('dev.removeChangefeeds')}
            undoDisabled={current.changefeeds === 0}
            onUndo={() => done(t('dev.changefeedsRemoved', { n: formatNumber(mock.removeChangefeeds(current.id)), connection: current.displayName }))}
          />
        </>
      ) : (
        <p className="text-xs text-slate-600">{t('dev.noConnections')}</p>
      )}
    </form>
  );
}
