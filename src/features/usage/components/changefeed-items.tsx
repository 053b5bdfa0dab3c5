import { useI18n } from '@/lib/i18n';
import { sinkLabel } from '../labels';
import type { Rider } from '../usage';
import { ChangefeedStateBadge } from './changefeed-state-badge';

/**
 * Changefeeds riding on a connection: name, sink type, port, state, and (with `domains`, the
 * number of domain groups attached to the connection, once known) what each needs from it.
 */
export function ChangefeedItems({ riders, domains, showNeeds = false }: { riders: Rider[]; domains?: number; showNeeds?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm" data-testid="changefeed-items">
      {riders.map(({ changefeed: f, port }) => {
        const portText = port === undefined ? '—' : String(port);
        return (
          <li key={f.changefeedId} className="px-3 py-2">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium [overflow-wrap:anywhere] text-slate-900">{f.displayName ?? f.changefeedId}</span>
              <span className="text-slate-700">{t('changefeed.sinkPort', { sink: sinkLabel(t, f.sink.type), port: portText })}</span>
              <ChangefeedStateBadge state={f.state} />
            </div>
            {showNeeds && <Needs type={f.sink.type} port={portText} domains={domains} />}
          </li>
        );
      })}
    </ul>
  );
}

/** What the changefeed needs from the connection: the endpoint (MySQL), or the attached domains too (Kafka and others). */
function Needs({ type, port, domains }: { type: string; port: string; domains?: number }) {
  const { t } = useI18n();
  if (type === 'MYSQL') return <p className="mt-1 text-slate-600">{t('changefeed.needsEndpoint', { port })}</p>;
  if (domains === 0) return <p className="mt-1 font-medium text-amber-800">{t('changefeed.needsDomainsNone', { port })}</p>;
  return <p className="mt-1 text-slate-600">{t('changefeed.needsDomains', { port })}</p>;
}
