import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { matchNetworking, usePathname } from '@/lib/router';

const FAULT_KINDS = ['400', '403', '404', '409', '429', '500', '503', 'hang', 'network'] as const;
const TIMES = ['1', '3', 'all'] as const;

/**
 * Developer tools for demos, only in builds with the mocked API: latency, faults (the same
 * mechanism the tests use), lifecycle shortcuts, many connections, reset. It talks to the mock
 * through `window.__plcMock`, so no mock code is imported here.
 */
export function MockPanel() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const clusterId = matchNetworking(usePathname());
  const mock = window.__plcMock;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [latency, setLatency] = useState(() => String(mock?.timing().latencyMs ?? 0));
  const [endpoint, setEndpoint] = useState<string>(mock?.endpoints[0] ?? '');
  const [kind, setKind] = useState<(typeof FAULT_KINDS)[number]>('500');
  const [times, setTimes] = useState<(typeof TIMES)[number]>('1');
  const [, rerender] = useState(0);
  const id = useId();
  if (!mock) return null;

  const refresh = async (message: string) => {
    setStatus(message);
    rerender((n) => n + 1);
    await queryClient.invalidateQueries();
  };
  const applyFault = (e: FormEvent) => {
    e.preventDefault();
    const n = times === 'all' ? undefined : Number(times);
    const fault =
      kind === 'hang' ? { kind, times: n } : kind === 'network' ? { kind, times: n } : { kind: 'http' as const, status: Number(kind), times: n };
    mock.setFault(endpoint as never, fault);
    setStatus(t('dev.faultSet', { endpoint, kind }));
    rerender((c) => c + 1);
  };
  const faults = Object.entries(mock.faults());

  return (
    <div className="fixed right-4 bottom-4 z-20 flex flex-col items-end gap-2">
      {open && (
        <section
          id={`${id}-panel`}
          aria-labelledby={`${id}-title`}
          className="max-h-[70vh] w-80 space-y-3 overflow-y-auto rounded-lg border-2 border-dashed border-amber-500 bg-white p-3 text-sm shadow-xl"
        >
          <h2 id={`${id}-title`} className="font-semibold text-amber-900">
            {t('dev.title')}
          </h2>
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const ms = Math.max(0, Math.min(60_000, Number(latency) || 0));
              mock.setTiming({ latencyMs: ms });
              setStatus(t('dev.latencySet', { ms }));
            }}
          >
            <label className="flex flex-1 flex-col gap-1 font-medium text-slate-800">
              {t('dev.latency')}
              <input type="number" min={0} max={60000} value={latency} onChange={(e) => setLatency(e.target.value)} className={inputClass} />
            </label>
            <Button type="submit" size="sm">
              {t('dev.apply')}
            </Button>
          </form>

          <form className="space-y-2 rounded-md border border-slate-200 p-2" onSubmit={applyFault}>
            <p className="font-medium text-slate-800">{t('dev.faults')}</p>
            <label className="flex flex-col gap-1 text-slate-700">
              {t('dev.endpoint')}
              <select value={endpoint} onChange={(e) => setEndpoint(e.target.value)} className={inputClass}>
                {mock.endpoints.map((ep) => (
                  <option key={ep}>{ep}</option>
                ))}
              </select>
            </label>
            <div className="flex gap-2">
              <label className="flex flex-1 flex-col gap-1 text-slate-700">
                {t('dev.kind')}
                <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} className={inputClass}>
                  {FAULT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k === 'hang' ? t('dev.kindHang') : k === 'network' ? t('dev.kindNetwork') : `HTTP ${k}`}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-1 flex-col gap-1 text-slate-700">
                {t('dev.times')}
                <select value={times} onChange={(e) => setTimes(e.target.value as typeof times)} className={inputClass}>
                  {TIMES.map((n) => (
                    <option key={n} value={n}>
                      {n === 'all' ? t('dev.timesAll') : t('dev.timesNext', { n })}
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
                onClick={() => {
                  mock.clearFaults();
                  setStatus(t('dev.faultsCleared'));
                }}
              >
                {t('dev.clearFaults')}
              </Button>
            </div>
            {faults.length > 0 && (
              <ul aria-label={t('dev.activeFaults')} className="list-disc pl-5 text-xs text-slate-700">
                {faults.map(([ep, f]) => (
                  <li key={ep}>
                    {ep}: {f && (f.kind === 'http' ? `HTTP ${f.status}` : f.kind)} {f?.times ? `×${f.times}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </form>

          <div className="grid grid-cols-2 gap-2">
            <Button size="sm" onClick={() => void refresh(t('dev.accepted', { n: mock.acceptPending(clusterId) }))}>
              {t('dev.acceptPending')}
            </Button>
            <Button size="sm" onClick={() => void refresh(t('dev.rejected', { n: mock.rejectPending(clusterId) }))}>
              {t('dev.rejectPending')}
            </Button>
            <Button size="sm" onClick={() => void refresh(t('dev.failed', { n: mock.failCreating(clusterId) }))}>
              {t('dev.failCreating')}
            </Button>
            <Button
              size="sm"
              disabled={!clusterId}
              onClick={() => clusterId && void refresh(t('dev.seeded', { n: mock.seedMany(clusterId, 100) }))}
            >
              {t('dev.seed100')}
            </Button>
            <Button
              size="sm"
              disabled={!clusterId}
              onClick={() => clusterId && void refresh(t('dev.seeded', { n: mock.seedMany(clusterId, 1000) }))}
            >
              {t('dev.seed1000')}
            </Button>
            <Button
              size="sm"
              variant="danger"
              onClick={() => {
                mock.reset();
                mock.clearFaults();
                void refresh(t('dev.resetDone'));
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
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        className="rounded-full border-2 border-dashed border-amber-500 bg-amber-50 px-3 py-1.5 text-xs font-semibold text-amber-900 shadow focus-visible:outline-2 focus-visible:outline-amber-700"
      >
        {t('dev.toggle')}
      </button>
    </div>
  );
}
