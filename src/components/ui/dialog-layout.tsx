import type { ReactNode } from 'react';

/** A dialog's scrolling body and its footer of buttons (no Radix: the error boundary's fallback uses them too). */
export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="min-h-0 flex-1 space-y-4 overflow-y-auto overscroll-contain px-4 py-4 break-words sm:px-5">{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 px-4 py-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:px-5">{children}</div>
  );
}
