import { afterNextPaint } from './afterPaint';

/** How long one chart's turn lasts at most (see `takeTurn`): a chart that never reports back must not stop the rest. */
export const TURN_MAX_MS = 1000;

let turnHeld = false;
const turnQueue: Array<() => void> = [];

function nextTurn(): void {
  const go = turnQueue.shift();
  if (go) go();
  else turnHeld = false;
}

/**
 * Lets charts draw one per frame, in the order they asked (document order: layout effects run in tree order). ECharts
 * takes 20–40 ms a chart on a mid-range phone, and charts drawn in one task all appear when it ends: two charts side
 * by side on the first screen made the first one wait for the second. `draw` runs at once when no chart holds the
 * turn, else when the charts before it have ended theirs. Returns the function that ends this chart's turn (call it
 * once the chart is mounted, on failure and on unmount; again does nothing): the next chart then waits for the browser
 * to paint this one.
 */
export function takeTurn(draw: () => void): () => void {
  let state: 'waiting' | 'drawing' | 'ended' = 'waiting';
  let timer = 0;
  const start = () => {
    state = 'drawing';
    timer = window.setTimeout(end, TURN_MAX_MS);
    draw();
  };
  function end() {
    if (state === 'waiting') {
      const at = turnQueue.indexOf(start);
      if (at >= 0) turnQueue.splice(at, 1);
    } else if (state === 'drawing') {
      window.clearTimeout(timer);
      afterNextPaint(nextTurn);
    }
    state = 'ended'; // ended by the timer or an earlier call, the turn has been handed on already
  }
  if (turnHeld) turnQueue.push(start);
  else {
    turnHeld = true;
    start();
  }
  return end;
}
