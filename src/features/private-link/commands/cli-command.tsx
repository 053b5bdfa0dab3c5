import { CopyButton } from '@/components/ui/copy-button';
import { useI18n } from '@/lib/i18n';

/** The equivalent TiDB Cloud CLI command(s), collapsed by default, copyable in one click. */
export function CliCommand({ commands }: { commands: string[] }) {
  const { t } = useI18n();
  const text = commands.join('\n');
  return (
    <details className="group rounded-md border border-slate-200 text-sm">
      <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-slate-700 select-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
        {t('cli.summary')}
      </summary>
      <div className="flex items-start gap-2 border-t border-slate-200 bg-slate-900 px-3 py-2">
        <pre className="min-w-0 flex-1 font-mono text-xs leading-5 break-all whitespace-pre-wrap text-slate-100">
          <code>{text}</code>
        </pre>
        <CopyButton value={text} label={t('cli.summary')} className="shrink-0 text-sky-300 hover:bg-slate-800" />
      </div>
    </details>
  );
}
