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

/** How long `afterFirstContentfulPaint` waits for the browser's report at most (a hidden tab paints nothing). */
export const FIRST_PAINT_WAIT_MS = 3000;

/**
 * Runs `f` once the browser reports that the page's first text is on screen (the `first-contentful-paint` entry, which
 * comes after the frame was presented), or after the next paint if that has already happened or the browser does not
 * report paints. For a download that must not count toward the first paint: Lighthouse's simulation puts every
 * request that ended before the observed first paint on the path to it, and ECharts asked for in the painting frame
 * sometimes arrived a few milliseconds before that frame was shown (its mobile score then fell from 96 to 88).
 * Returns a function that cancels it.
 */
export function afterFirstContentfulPaint(f: () => void): () => void {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('paint') || painted()) {
    return afterNextPaint(f);
  }
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
  };
  const go = () => {
    if (done) return;
    stop();
    f();
  };
  const observer = new PerformanceObserver(() => { if (painted()) go(); });
  observer.observe({ type: 'paint' });
  const timer = window.setTimeout(go, FIRST_PAINT_WAIT_MS);
  return stop;
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
