import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../charts/afterPaint';

/**
 * Renders its children in a low-priority transition after the first commit. A chart section holds thousands of
 * elements; what is below the first screen (long tables, later charts) renders in time slices after the top of the page
 * has painted, so the first chart draws without waiting for it. Everything still renders without any scrolling or
 * interaction, so find-in-page, screen readers and printing see the whole section a moment later.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  // Start after the next paint: charts mounted with the first paint draw in that frame, and this must not get in first.
  useEffect(() => afterNextPaint(() => startTransition(() => setReady(true))), []);
  return ready ? children : null;
}
