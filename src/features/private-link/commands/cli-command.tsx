import { CopyButton } from '@/components/ui/copy-button';
import { cn } from '@/lib/cn';
import { useI18n } from '@/lib/i18n';

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
      className={cn('min-w-0 overflow-x-auto font-mono text-xs leading-5 whitespace-pre focus-visible:outline-2', className)}
    >
      <code>{text}</code>
    </pre>
  );
}

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
        <CommandText text={text} label={t('cli.summary')} className="flex-1 text-slate-100 focus-visible:outline-sky-300" />
        <CopyButton value={text} label={t('cli.summary')} className="shrink-0 text-sky-300 hover:bg-slate-800" />
      </div>
    </details>
  );
}
