import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { clsx } from 'clsx';

/** A labelled select of the developer panel. */
export function DevSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <label className={clsx('flex flex-1 flex-col gap-1 text-slate-700', className)}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A form's two buttons in the developer panel: submit, and one that undoes (clear, remove). */
export function DevActions({
  submit,
  undo,
  undoDisabled,
  onUndo,
}: {
  submit: string;
  undo: string;
  undoDisabled: boolean;
  onUndo: () => void;
}) {
  return (
    <div className="flex gap-2">
      <Button type="submit" size="sm" variant="primary">
        {submit}
      </Button>
      <Button size="sm" disabled={undoDisabled} onClick={onUndo}>
        {undo}
      </Button>
    </div>
  );
}
