import type { ReactNode } from 'react';

/**
 * The box every wide table sits in: on a phone the table scrolls inside it instead of widening the page. It is a
 * named group and takes keyboard focus, so keyboard users can scroll it too (axe's scrollable-region-focusable).
 * Named by the element `labelledBy` points at, or by `label`.
 */
export function TableScroll({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="group" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} tabIndex={0}>
      {children}
    </div>
  );
}
