import { returnPending, takePending } from './url';

/** How long the page waits at most for the element or the height a navigation needs (a lazy section, deferred cards). */
export const SETTLE_WAIT_MS = 3000;

/**
 * Does what the last navigation owes the reader (see `Pending` in url.ts) once the new view has rendered enough: focus
 * on the `#fragment` (scrolled to its top) or on the main heading; or, after Back/Forward, the scroll position saved on
 * that history entry. Sections render in steps (a lazy chunk, then deferred cards), so it looks again on every frame
 * for up to SETTLE_WAIT_MS; the reader scrolling or typing meanwhile wins. Call after every render that follows a URL
 * change; returns a function that stops waiting.
 */
export function settleNavigation(): () => void {
  const p = takePending();
  if (!p) return () => undefined;
  const started = performance.now();
  const address = window.location.href;
  let frame = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.removeEventListener(type, stop);
  };
  const attempt = (): boolean => {
    if (p.kind === 'scroll') {
      const room = document.documentElement.scrollHeight - window.innerHeight;
      if (room < p.y && performance.now() - started < SETTLE_WAIT_MS) return false;
      window.scrollTo(0, Math.min(p.y, Math.max(0, room)));
      return true;
    }
    const target = p.id === null ? document.querySelector<HTMLElement>('main h1') : document.getElementById(p.id);
    if (!target) return performance.now() - started >= SETTLE_WAIT_MS;
    if (p.id !== null) target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  };
  const tick = () => {
    if (stopped) return;
    if (attempt()) stop();
    else frame = requestAnimationFrame(tick);
  };
  // Only a restored scroll position gives way to the reader: focus after a click is what they asked for.
  if (p.kind === 'scroll') for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.addEventListener(type, stop, { passive: true });
  tick();
  return () => {
    // Cut short before it was done, on the same address: React's StrictMode (development) runs the effect again at
    // once, and that run must still find the fragment of a freshly opened link. A new address brings its own.
    if (!stopped && window.location.href === address) returnPending(p);
    stop();
  };
}
