/**
 * Part of `npm run bench`: times the CSR preview on an observations file of 100,000 rows in Chromium, at 1x and 4x CPU
 * throttling: from choosing the file to the finished check, to the cleaned copy and the previewed dashboard being
 * ready, and the longest main-thread task over that whole stretch (the work runs in a module worker, so the page must
 * stay responsive). Prints numbers; asserts nothing about time.
 */
import { bigObservations } from '../tests/support/bigCsv';
import { start } from '../tests/e2e/harness';

const ROWS = 100_000;

// The page times itself from the file input's change event (after Playwright has built the File, which is test
// harness work) to three moments: "Check finished" in the status, the cleaned copy's download button, and the button
// that shows the dashboard (the previewed rows have arrived); and notes its last DOM change (long lists are drawn in
// steps after the result). Every long task is kept with its start, and the longest is taken afterwards: a task's entry
// is delivered after it ends, so deciding inside the observer callback whether the check is still running would drop
// the very task that draws the result. A string, not a function: tsx would inject helpers that do not exist in the page.
const WATCH = `
  window.__t0 = null; window.__done = null; window.__cleaned = null; window.__rows = null; window.__last = null;
  window.__tasks = [];
  document.addEventListener('change', () => { window.__t0 = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (window.__t0 === null) return;
    const now = performance.now();
    window.__last = now;
    if (window.__done === null && /Check finished/.test(document.querySelector('[role="status"]')?.textContent ?? '')) window.__done = now;
    if (window.__cleaned === null && document.querySelector('.preview-files button')) window.__cleaned = now;
    if (window.__rows === null && [...document.querySelectorAll('button')].some((b) => /Show the dashboard/.test(b.textContent))) window.__rows = now;
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

// Waiting through page.waitForFunction with a slow timer keeps the harness's own work off the page's main thread:
// Playwright's text locators poll every animation frame and walk the whole DOM, which the long tasks would include.
// Settled: all three moments seen, and no DOM change for a second.
const SETTLED = `window.__done !== null && window.__cleaned !== null && window.__rows !== null && performance.now() - window.__last > 1000`;
// Long tasks that start this long after the last DOM change still belong to the run (its layout and paint).
const TAIL_MS = 500;

interface Run {
  readonly done: number;
  readonly cleaned: number;
  readonly rows: number;
  readonly last: number;
  readonly longestToDone: number;
  readonly longest: number;
}

async function main() {
  const csv = Buffer.from(bigObservations(ROWS));
  console.log(`preview input: ${ROWS} rows, ${(csv.length / 1e6).toFixed(1)} MB`);
  const h = await start();
  try {
    for (const rate of [1, 4]) {
      const page = await h.newPage();
      const cdp = await page.context().newCDPSession(page);
      await page.addInitScript(WATCH);
      await page.goto(`${h.url}/?section=preview&lang=en`);
      await page.locator('input[type="file"]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      // Once before the run: the first waitForFunction installs Playwright's script in the page, itself a long task.
      await page.waitForFunction('true');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.locator('input[type="file"]').setInputFiles({ name: 'observations.csv', mimeType: 'text/csv', buffer: csv });
      await page.waitForFunction(SETTLED, undefined, { polling: 250, timeout: 120_000 });
      const r = (await page.evaluate(`(() => {
        const { __t0: t0, __done: done, __cleaned: cleaned, __rows: rows, __last: last, __tasks: tasks } = window;
        const end = last + ${TAIL_MS};
        const longest = (until) => Math.max(0, ...tasks.filter(([s]) => s >= t0 && s <= until).map(([, d]) => d));
        return { done: done - t0, cleaned: cleaned - t0, rows: rows - t0, last: last - t0, longestToDone: longest(done), longest: longest(end) };
      })()`)) as Run;
      // The Long Tasks API reports tasks of 50 ms or more only.
      const task = (ms: number) => (ms === 0 ? 'none of 50 ms or more' : `${ms.toFixed(0)} ms`);
      console.log(`preview ${rate}x CPU  100k rows: ${r.done.toFixed(0)} ms to the finished check (longest main-thread task ${task(r.longestToDone)}); `
        + `cleaned copy at ${r.cleaned.toFixed(0)} ms, dashboard data at ${r.rows.toFixed(0)} ms, page complete at ${r.last.toFixed(0)} ms; `
        + `longest main-thread task over it all: ${task(r.longest)}`);
      await page.context().close();
    }
  } finally {
    await h.close();
  }
}

await main();
