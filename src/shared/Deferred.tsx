import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children in a low-priority transition after the first commit. A chart section holds thousands of
 * elements; what is below the first screen (long tables, later charts) renders in time slices after the top of the page
 * has painted, so the first chart draws without waiting for it. Everything still renders without any scrolling or
 * interaction, so find-in-page, screen readers and printing see the whole section a moment later.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Start after the next frame: charts mounted with the first paint draw in that frame (ECharts draws on
    // requestAnimationFrame), and this work must not get in before them.
    let timer = 0;
    const go = () => { timer = window.setTimeout(() => startTransition(() => setReady(true))); };
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(go) : 0;
    if (!frame) go();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return ready ? children : null;
}
