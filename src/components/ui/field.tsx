import { cloneElement, useId, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { clsx } from 'clsx';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** Wires a label, a control, its hint and its error: `aria-invalid` and `aria-describedby` included. */
export function Field({
  label,
  hint,
  error,
  warning,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  warning?: ReactNode;
  children: ReactElement<ControlProps>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [hint && hintId, error && errorId, !error && warning && warningId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      {!error && warning && (
        <p id={warningId} className="text-xs font-medium text-amber-800">
          {warning}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  'block h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500 ' +
  'focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 aria-invalid:border-red-600 disabled:bg-slate-100';

/** A text input for identifiers (service names, regions, domains): monospaced, no autocomplete or spell check. */
export function CodeInput({ className, ...props }: ComponentProps<'input'>) {
  return <input className={clsx(inputClass, 'font-mono', className)} autoComplete="off" spellCheck={false} {...props} />;
}
