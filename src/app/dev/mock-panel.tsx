import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useI18n, type Translate } from '@/lib/i18n';
import { matchNetworking, usePathname } from '@/lib/router';

// Types only, read off `window.__plcMock`: no mock code is imported into src/.
type MockControl = NonNullable<Window['__plcMock']>;
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
 * Developer tools for demos, only in builds with the mocked API: latency, faults (the same
 * mechanism the tests use), lifecycle shortcuts, many connections, reset. It talks to the mock
 * through `window.__plcMock`, so no mock code is imported here.
 */
export function MockPanel() {
  const { t, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const clusterId = matchNetworking(usePathname());
  const mock = window.__plcMock;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [latency, setLatency] = useState(() => String(mock?.timing().latencyMs ?? 0));
  const [endpoint, setEndpoint] = useState<Endpoint | undefined>(mock?.endpoints[0]);
  const [kind, setKind] = useState<FaultKind>('500');
  const [times, setTimes] = useState<(typeof TIMES)[number]>('1');
  // Requests use faults up: while open, the list follows (a string, so React skips equal renders).
  const [faultsKey, setFaultsKey] = useState('');
  const panelRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open || !mock) return;
    panelRef.current?.focus();
    const timer = setInterval(() => setFaultsKey(JSON.stringify(mock.faults())), 500);
    return () => clearInterval(timer);
  }, [open, mock]);

  if (!mock) return null;
  const faults = (faultsKey ? JSON.parse(faultsKey) : {}) as Partial<Record<Endpoint, Fault>>;
  const syncFaults = () => setFaultsKey(JSON.stringify(mock.faults()));

  /** After a change to the data: the page refetches at once and the status line says what happened. */
  const changed = (message: string) => {
    setStatus(message);
    syncFaults();
    void queryClient.invalidateQueries();
  };
  const show = () => {
    syncFaults();
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const applyFault = (e: FormEvent) => {
    e.preventDefault();
    if (!endpoint) return;
    const n = times === 'all' ? undefined : Number(times);
    const fault: Fault = kind === 'hang' || kind === 'network' ? { kind, times: n } : { kind: 'http', status: Number(kind), times: n };
    mock.setFault(endpoint, fault);
    syncFaults();
    setStatus(t('dev.faultSet', { endpoint, fault: kindLabel(t, kind), times: timesLabel(t, n) }));
  };
  const seed = (count: number) => clusterId && changed(t('dev.seeded', { n: formatNumber(mock.seedMany(clusterId, count)) }));
  const active = Object.entries(faults) as [Endpoint, Fault][];

  return (
    <div className="fixed right-4 bottom-4 z-20 flex flex-col items-end gap-2">
      {open && (
        <section
          ref={panelRef}
          id={`${id}-panel`}
          tabIndex={-1}
          aria-labelledby={`${id}-title`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
          className="max-h-[70vh] w-80 space-y-3 overflow-y-auto rounded-lg border-2 border-dashed border-amber-500 bg-white p-3 text-sm shadow-xl focus-visible:outline-2 focus-visible:outline-amber-700"
        >
          <div>
            <h2 id={`${id}-title`} className="font-semibold text-amber-900">
              {t('dev.title')}
            </h2>
            <p className="text-xs break-all text-slate-600">{clusterId ? t('dev.scope', { clusterId }) : t('dev.scopeAll')}</p>
          </div>
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const ms = Math.max(0, Math.min(60_000, Math.round(Number(latency)) || 0));
              mock.setTiming({ latencyMs: ms });
              setLatency(String(ms));
              setStatus(t('dev.latencySet', { ms: formatNumber(ms) }));
            }}
          >
            <label className="flex flex-1 flex-col gap-1 font-medium text-slate-800">
              {t('dev.latency')}
              <input type="number" min={0} max={60000} step={50} value={latency} onChange={(e) => setLatency(e.target.value)} className={inputClass} />
            </label>
            <Button type="submit" size="sm">
              {t('dev.apply')}
            </Button>
          </form>

          <form className="space-y-2 rounded-md border border-slate-200 p-2" aria-labelledby={`${id}-faults`} onSubmit={applyFault}>
            <h3 id={`${id}-faults`} className="font-medium text-slate-800">
              {t('dev.faults')}
            </h3>
            <label className="flex flex-col gap-1 text-slate-700">
              {t('dev.endpoint')}
              <select value={endpoint} onChange={(e) => setEndpoint(e.target.value as Endpoint)} className={inputClass}>
                {mock.endpoints.map((ep) => (
                  <option key={ep} value={ep}>
                    {ep}
                  </option>
                ))}
              </select>
            </label>
            <div className="flex gap-2">
              <label className="flex flex-1 flex-col gap-1 text-slate-700">
                {t('dev.kind')}
                <select value={kind} onChange={(e) => setKind(e.target.value as FaultKind)} className={inputClass}>
                  {FAULT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {kindLabel(t, k)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-1 flex-col gap-1 text-slate-700">
                {t('dev.times')}
                <select value={times} onChange={(e) => setTimes(e.target.value as typeof times)} className={inputClass}>
                  {TIMES.map((n) => (
                    <option key={n} value={n}>
                      {timesLabel(t, n === 'all' ? undefined : Number(n))}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="flex gap-2">
              <Button type="submit" size="sm" variant="primary">
                {t('dev.applyFault')}
              </Button>
              <Button
                size="sm"
                disabled={active.length === 0}
                onClick={() => {
                  mock.clearFaults();
                  changed(t('dev.faultsCleared'));
                }}
              >
                {t('dev.clearFaults')}
              </Button>
            </div>
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

          <div className="grid grid-cols-2 gap-2">
            <Button size="sm" onClick={() => changed(t('dev.accepted', { n: formatNumber(mock.acceptPending(clusterId)) }))}>
              {t('dev.acceptPending')}
            </Button>
            <Button size="sm" onClick={() => changed(t('dev.rejected', { n: formatNumber(mock.rejectPending(clusterId)) }))}>
              {t('dev.rejectPending')}
            </Button>
            <Button size="sm" onClick={() => changed(t('dev.failed', { n: formatNumber(mock.failCreating(clusterId)) }))}>
              {t('dev.failCreating')}
            </Button>
            <Button size="sm" disabled={!clusterId} onClick={() => seed(100)}>
              {t('dev.seed100')}
            </Button>
            <Button size="sm" disabled={!clusterId} onClick={() => seed(1000)}>
              {t('dev.seed1000')}
            </Button>
            <Button
              size="sm"
              variant="danger"
              onClick={() => {
                mock.reset();
                mock.clearFaults();
                changed(t('dev.resetDone'));
              }}
            >
              {t('dev.reset')}
            </Button>
          </div>
          <p role="status" className="min-h-5 text-xs text-slate-700">
            {status}
          </p>
        </section>
      )}
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? close() : show())}
        className="rounded-full border-2 border-dashed border-amber-500 bg-amber-50 px-3 py-1.5 text-xs font-semibold text-amber-900 shadow focus-visible:outline-2 focus-visible:outline-amber-700"
      >
        {t('dev.toggle')}
      </button>
    </div>
  );
}
