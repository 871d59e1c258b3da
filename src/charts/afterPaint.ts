/**
 * Runs `f` after the browser has painted the next frame: a timer started from the next animation frame, so `f` comes
 * after that frame's rendering and after whatever else draws in it (ECharts draws on requestAnimationFrame). Returns a
 * function that cancels it. Without requestAnimationFrame (jsdom), a timer alone.
 */
export function afterNextPaint(f: () => void): () => void {
  let timer = 0;
  const start = () => { timer = window.setTimeout(f); };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(start) : 0;
  if (!frame) start();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * Runs `f` in the next animation frame: after React's commit has reached the DOM, just before the browser paints it.
 * For work that must not come before the paint but may start it, like a download (a request does not hold the paint
 * back, and its response can only arrive after it). Returns a function that cancels it. Without
 * requestAnimationFrame (jsdom), a timer.
 */
export function atNextFrame(f: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = window.setTimeout(f);
    return () => window.clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => f());
  return () => cancelAnimationFrame(frame);
}

/** Charts on the first screen that have not drawn yet (see `firstScreenChart`). */
const undrawn = new Set<object>();
const waiting = new Set<() => void>();

/**
 * How long work that waits for the first screen's charts waits at most: on a slow connection ECharts may take
 * seconds, and what waits (tables below the first screen) must not wait for that.
 */
export const FIRST_CHARTS_WAIT_MS = 2500;

/**
 * Records that a chart on the first screen is about to draw; call the returned function once it has drawn, failed
 * or unmounted. Calling it again does nothing.
 */
export function firstScreenChart(): () => void {
  const token = {};
  undrawn.add(token);
  return () => {
    if (!undrawn.delete(token) || undrawn.size > 0) return;
    for (const w of [...waiting]) w();
  };
}

/**
 * Runs `f` after the charts now on the first screen have drawn (at most FIRST_CHARTS_WAIT_MS later) and the browser
 * has painted them. Work that can wait (long tables, later charts) goes through here: on a slow phone rendering it
 * takes longer than drawing the first chart, so it must not go first. Returns a function that cancels it.
 */
export function afterFirstCharts(f: () => void): () => void {
  let cancelPaint: () => void = () => undefined;
  let timer = 0;
  const go = () => {
    waiting.delete(go);
    window.clearTimeout(timer);
    cancelPaint = afterNextPaint(f);
  };
  if (undrawn.size === 0) go();
  else {
    waiting.add(go);
    timer = window.setTimeout(go, FIRST_CHARTS_WAIT_MS);
  }
  return () => {
    waiting.delete(go);
    window.clearTimeout(timer);
    cancelPaint();
  };
}
