import { useState } from 'react';

/** Which rows show their details: `toggle(id)` flips one, `toggle(id, true)` opens it. */
export function useExpanded() {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, show?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (show ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });
  return { expanded, toggle };
}
