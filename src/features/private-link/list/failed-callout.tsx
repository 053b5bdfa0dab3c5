import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { explainFailure } from './failure';

/**
 * A failed connection, told so a person can act: what went wrong and what to do, in their language;
 * TiDB Cloud's own message as it came (and with the form's field names, when it names fields); and
 * "Create again with these settings".
 */
export function FailedCallout({ connection, onRecreate }: { connection: PrivateLinkConnection; onRecreate?: (c: PrivateLinkConnection) => void }) {
  const { t } = useI18n();
  const failure = explainFailure(connection, t);
  return (
    <div className="space-y-1.5 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-900" data-testid="failure">
      <p className="font-medium">{failure.summary}</p>
      <p className="text-slate-800">{failure.fix}</p>
      {failure.original && (
        <details className="text-xs text-slate-700">
          <summary className="cursor-pointer select-none focus-visible:outline-2 focus-visible:outline-brand-600">{t('failure.original')}</summary>
          <p className="mt-1 font-mono [overflow-wrap:anywhere]">{failure.original}</p>
          {failure.labelled && (
            <p className="mt-1">
              {t('failure.labelled')} {failure.labelled}
            </p>
          )}
        </details>
      )}
      {onRecreate && (
        <Button size="sm" onClick={() => onRecreate(connection)}>
          {t('failure.recreate')}
        </Button>
      )}
    </div>
  );
}
