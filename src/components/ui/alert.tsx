import type { ReactNode } from 'react';
import { clsx } from 'clsx';

type Tone = 'error' | 'warning' | 'info' | 'success';
/** Each tone's role (errors are announced at once, the rest politely) and colours. */
const TONES: Record<Tone, readonly ['alert' | 'status', string]> = {
  error: ['alert', 'border-red-200 bg-red-50 text-red-900'],
  warning: ['status', 'border-amber-200 bg-amber-50 text-amber-900'],
  info: ['status', 'border-sky-200 bg-sky-50 text-sky-900'],
  success: ['status', 'border-emerald-200 bg-emerald-50 text-emerald-900'],
};

/** A message box. Errors are announced at once (role=alert); the rest politely (role=status). */
export function Alert({
  tone,
  title,
  children,
  action,
  className,
}: {
  tone: Tone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  const [role, colours] = TONES[tone];
  return (
    <div role={role} className={clsx('flex gap-3 rounded-md border px-3 py-2.5 text-sm', colours, className)}>
      <div className="min-w-0 flex-1">
        {title && <p className="font-medium">{title}</p>}
        {children && <div className={clsx(!!title && 'mt-0.5')}>{children}</div>}
      </div>
      {action && <div className="shrink-0 self-center">{action}</div>}
    </div>
  );
}
