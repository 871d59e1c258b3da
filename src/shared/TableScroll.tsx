import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The box every wide table sits in: on a phone the table scrolls inside it instead of widening the page. It is a
 * named group and takes keyboard focus, so keyboard users can scroll it too (axe's scrollable-region-focusable).
 * Named by the element `labelledBy` points at, or by `label`. `reveal`, a selector of a cell, opens a table wider than
 * its box scrolled so that cell's right edge is in view: a table of years opens at its latest year.
 */
export function TableScroll({ labelledBy, label, reveal, children }: {
  labelledBy?: string; label?: string; reveal?: string; children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const cell = reveal ? el?.querySelector(reveal) : null;
    if (!el || !cell || el.scrollWidth <= el.clientWidth) return;
    el.scrollLeft += Math.max(0, cell.getBoundingClientRect().right - el.getBoundingClientRect().right);
  }, [reveal]);
  return (
    <div ref={box} className="table-scroll" role="group" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} tabIndex={0}>
      {children}
    </div>
  );
}
