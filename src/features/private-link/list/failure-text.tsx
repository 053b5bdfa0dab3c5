import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { explainFailure } from './failure';

/** Why it failed, in the user's words, then TiDB Cloud's own message as it came. */
export function FailureText({ connection }: { connection: PrivateLinkConnection }) {
  const { t } = useI18n();
  const failure = explainFailure(connection, t);
  return (
    <>
      <p className="mt-1 font-medium text-red-800">{failure.summary}</p>
      {failure.original && <p className="mt-1 font-mono text-xs [overflow-wrap:anywhere] text-slate-700">{failure.original}</p>}
    </>
  );
}

