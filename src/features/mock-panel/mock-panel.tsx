import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { CHANGEFEEDS, MIGRATIONS, RiderForm } from './rider-form';
import { FaultForm } from './fault-form';
import { MockPanelToggle } from './mock-panel-toggle';

/**
 * Developer tools for demos, only in builds with the mocked API: latency, faults (the same
 * mechanism the tests use), changefeeds and migrations on a connection, lifecycle shortcuts, many connections, reset. It talks to the mock
 * through `window.__plcMock`, so no mock code is imported here.
 */
export function MockPanel({ clusterId }: { clusterId?: string }) {
  const { t, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const mock = window.__plcMock;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [latency, setLatency] = useState(() => String(mock?.timing().latencyMs ?? 0));
  const panelRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open || !mock) return;
    panelRef.current?.focus();
  }, [open, mock]);

  if (!mock) return null;

  /** After a change to the data: the page refetches at once and the status line says what happened. */
  const changed = (message: string) => {
    setStatus(message);
    void queryClient.invalidateQueries();
  };
  const show = () => setOpen(true);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const seed = (count: number) => clusterId && changed(t('dev.seeded', { n: formatNumber(mock.seedMany(clusterId, count)) }));

  return (
    <div className="relative">
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
          className="absolute top-full right-0 z-30 mt-2 max-h-[70vh] w-80 max-w-[calc(100vw-1.5rem)] space-y-3 overflow-y-auto rounded-lg border-2 border-dashed border-amber-500 bg-white p-3 text-sm shadow-xl focus-visible:outline-2 focus-visible:outline-amber-700"
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

          <FaultForm mock={mock} id={id} onStatus={setStatus} onChanged={changed} />
          {clusterId && <RiderForm rider={CHANGEFEEDS} mock={mock} id={id} clusterId={clusterId} onChanged={changed} />}
          {clusterId && <RiderForm rider={MIGRATIONS} mock={mock} id={id} clusterId={clusterId} onChanged={changed} />}

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
      <MockPanelToggle
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? close() : show())}
      />
    </div>
  );
}
