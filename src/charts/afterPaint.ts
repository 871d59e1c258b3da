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
