/** The row menu button's look, shared by the deferred stand-in and the Radix trigger. */
export const rowMenuTriggerClass =
  'inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40 data-[state=open]:bg-slate-100';
