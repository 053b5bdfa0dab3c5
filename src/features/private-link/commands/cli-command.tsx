import { CopyButton } from '@/components/ui/copy-button';
import { clsx } from 'clsx';
import { useI18n } from '@/lib/i18n';
import { curlCommand, type ApiCall } from './api-request';

/**
 * Shell command(s), one a line, never broken inside a word (a command cut at a hyphen reads as two):
 * a line longer than the box scrolls sideways inside it, and the box is focusable and named so a
 * keyboard can scroll it too. The page never widens; the text stays exactly the command.
 */
export function CommandText({ text, label, className }: { text: string; label: string; className?: string }) {
  return (
    <pre
      tabIndex={0}
      role="group"
      aria-label={label}
      className={clsx('min-w-0 overflow-x-auto font-mono text-xs leading-5 whitespace-pre focus-visible:outline-2', className)}
    >
      <code>{text}</code>
    </pre>
  );
}

/** A labelled, copyable command or snippet (a cloud CLI line, a Terraform block). */
export function CommandBox({ label, text, note }: { label: string; text: string; note?: string }) {
  return (
    <div className="min-w-0">
      <div className="text-xs font-medium text-slate-700">{label}</div>
      {note && <p className="text-xs text-slate-600">{note}</p>}
      <div className="mt-1 flex items-start gap-2 rounded border border-slate-200 bg-white px-2 py-1.5">
        <CommandText text={text} label={label} className="flex-1 text-slate-900 focus-visible:outline-brand-600" />
        <CopyButton value={text} label={label} className="shrink-0" />
      </div>
    </div>
  );
}

const summaryClass =
  'cursor-pointer rounded-md px-3 py-2 font-medium text-slate-700 select-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600';

/** "Copy as API request": the call(s) as curl, collapsed by default, the API key as variables. */
export function ApiRequest({ calls }: { calls: ApiCall[] }) {
  const { t } = useI18n();
  const text = calls.map(curlCommand).join('\n');
  return (
    <details className="rounded-md border border-slate-200 text-sm">
      <summary className={summaryClass}>{t('steps.apiRequest')}</summary>
      <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600">{t('steps.apiNote')}</p>
      <div className="flex items-start gap-2 bg-slate-900 px-3 py-2">
        <CommandText text={text} label={t('steps.apiCall')} className="flex-1 text-slate-100 focus-visible:outline-sky-300" />
        <CopyButton value={text} label={t('steps.apiCall')} className="shrink-0 text-sky-300 hover:bg-slate-800" />
      </div>
    </details>
  );
}

/**
 * The equivalent TiDB Cloud CLI command(s), collapsed by default, copyable in one click; with
 * `requests`, the same as API calls ("Copy as API request") below it.
 */
export function CliCommand({ commands, requests }: { commands: string[]; requests?: ApiCall[] }) {
  const { t } = useI18n();
  const text = commands.join('\n');
  return (
    <div className="space-y-2">
      <details className="group rounded-md border border-slate-200 text-sm">
        <summary className={summaryClass}>{t('cli.summary')}</summary>
        <div className="flex items-start gap-2 border-t border-slate-200 bg-slate-900 px-3 py-2">
          <CommandText text={text} label={t('cli.summary')} className="flex-1 text-slate-100 focus-visible:outline-sky-300" />
          <CopyButton value={text} label={t('cli.summary')} className="shrink-0 text-sky-300 hover:bg-slate-800" />
        </div>
      </details>
      {requests && requests.length > 0 && <ApiRequest calls={requests} />}
    </div>
  );
}
