import { useEffect, useState, type FormEvent } from 'react';
import { useI18n, type Translate } from '@/lib/i18n';
import { DevActions, DevSelect } from './dev-controls';

// Types only, read off `window.__plcMock`: no mock code is imported into src/.
export type MockControl = NonNullable<Window['__plcMock']>;
type Endpoint = MockControl['endpoints'][number];
type Fault = NonNullable<ReturnType<MockControl['faults']>[Endpoint]>;

const FAULT_KINDS = ['400', '403', '404', '409', '429', '500', '503', 'hang', 'network'] as const;
type FaultKind = (typeof FAULT_KINDS)[number];
const TIMES = ['1', '3', 'all'] as const;

const kindLabel = (t: Translate, kind: FaultKind | Fault) => {
  const k = typeof kind === 'string' ? kind : kind.kind === 'http' ? String(kind.status) : kind.kind;
  return k === 'hang' ? t('dev.kindHang') : k === 'network' ? t('dev.kindNetwork') : `HTTP ${k}`;
};
const timesLabel = (t: Translate, times: number | undefined) => (times === undefined ? t('dev.timesAll') : t('dev.timesNext', { n: times }));

/**
 * Fault injection (the same mechanism the tests use), with the active faults listed until used up
 * (requests use them: while shown, the list follows; a string, so React skips equal renders).
 */
export function FaultForm({ mock, id, onStatus, onChanged }: { mock: MockControl; id: string; onStatus: (s: string) => void; onChanged: (s: string) => void }) {
  const { t } = useI18n();
  const [endpoint, setEndpoint] = useState<Endpoint | undefined>(mock.endpoints[0]);
  const [kind, setKind] = useState<FaultKind>('500');
  const [times, setTimes] = useState<(typeof TIMES)[number]>('1');
  const [faultsKey, setFaultsKey] = useState(() => JSON.stringify(mock.faults()));
  const syncFaults = () => setFaultsKey(JSON.stringify(mock.faults()));

  useEffect(() => {
    const timer = setInterval(() => setFaultsKey(JSON.stringify(mock.faults())), 500);
    return () => clearInterval(timer);
  }, [mock]);

  const faults = JSON.parse(faultsKey) as Partial<Record<Endpoint, Fault>>;
  const active = Object.entries(faults) as [Endpoint, Fault][];
  const applyFault = (e: FormEvent) => {
    e.preventDefault();
    if (!endpoint) return;
    const n = times === 'all' ? undefined : Number(times);
    const fault: Fault = kind === 'hang' || kind === 'network' ? { kind, times: n } : { kind: 'http', status: Number(kind), times: n };
    mock.setFault(endpoint, fault);
    syncFaults();
    onStatus(t('dev.faultSet', { endpoint, fault: kindLabel(t, kind), times: timesLabel(t, n) }));
  };

  return (
    <form className="space-y-2 rounded-md border border-slate-200 p-2" aria-labelledby={`${id}-faults`} onSubmit={applyFault}>
      <h3 id={`${id}-faults`} className="font-medium text-slate-800">
        {t('dev.faults')}
      </h3>
      <DevSelect label={t('dev.endpoint')} value={endpoint} onChange={setEndpoint} options={mock.endpoints.map((ep) => ({ value: ep, label: ep }))} />
      <div className="flex gap-2">
        <DevSelect label={t('dev.kind')} value={kind} onChange={setKind} options={FAULT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        <DevSelect
          label={t('dev.times')}
          value={times}
          onChange={setTimes}
          options={TIMES.map((n) => ({ value: n, label: timesLabel(t, n === 'all' ? undefined : Number(n)) }))}
        />
      </div>
      <DevActions
        submit={t('dev.applyFault')}
        undo={t('dev.clearFaults')}
        undoDisabled={active.length === 0}
        onUndo={() => {
          mock.clearFaults();
          syncFaults();
          onChanged(t('dev.faultsCleared'));
        }}
      />
      {active.length > 0 ? (
        <ul aria-label={t('dev.activeFaults')} className="list-disc pl-5 text-xs text-slate-700">
          {active.map(([ep, f]) => (
            <li key={ep}>
              {ep}: {kindLabel(t, f)} ({timesLabel(t, f.times)})
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-600">{t('dev.noFaults')}</p>
      )}
    </form>
  );
}
