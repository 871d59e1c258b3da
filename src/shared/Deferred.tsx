import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { afterFirstCharts } from '../charts/afterPaint';

/**
 * Renders its children in a low-priority transition once the top of the page has painted and its charts have drawn.
 * A chart section holds thousands of elements; what is below the first screen (long tables, later charts) renders in
 * time slices after that, so the first chart draws without waiting for it. Everything still renders without any scrolling or
 * interaction, so find-in-page, screen readers and printing see the whole section a moment later.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstCharts(() => startTransition(() => setReady(true))), []);
  return ready ? children : null;
}
