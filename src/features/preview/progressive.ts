/**
 * Long lists rendered in steps. A large file changes hundreds of indicators (or, saved in the wrong encoding, every
 * name and note), and building and laying out all their lines in one task blocks the page for a third of a second at
 * 4x CPU throttling; in steps, the page ends up the same without a long task.
 */
import { useEffect, useState } from 'react';

// Lists waiting to grow, served one per task in turn: each list stepping on its own timer would have their steps land
// in the same render (React batches updates that arrive before it renders), which is the long task again.
const waiting: Array<() => void> = [];
let stepTimer: ReturnType<typeof setTimeout> | null = null;
function serveNext() {
  stepTimer = null;
  waiting.shift()?.();
  if (waiting.length > 0) stepTimer = setTimeout(serveNext, 0);
}
function requestStep(grow: () => void): () => void {
  waiting.push(grow);
  stepTimer ??= setTimeout(serveNext, 0);
  return () => {
    const i = waiting.indexOf(grow);
    if (i >= 0) waiting.splice(i, 1);
  };
}

/** How many items a list renders at first, and how many more per step. */
export interface Steps {
  readonly first: number;
  readonly step: number;
}

/** Groups of a list of changes rendered at first and per step. */
export const GROUPS: Steps = { first: 10, step: 10 };

/** Table lines of an open group rendered at first and per step. */
export const LINES: Steps = { first: 5, step: 10 };

/** How many of `total` items to render now: `first` at once, then `step` more per turn until all are rendered. */
export function useProgressive(total: number, { first, step }: Steps): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    return requestStep(() => setShown((s) => s + step));
  }, [shown, total, step]);
  return Math.min(shown, total);
}
