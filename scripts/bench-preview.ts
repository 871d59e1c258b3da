/**
 * Part of `npm run bench`: times the CSR preview on an observations file of 100,000 rows in Chromium, at 1x and 4x CPU
 * throttling: from choosing the file to the finished check, and the longest main-thread task meanwhile (the work runs
 * in a module worker, so the page must stay responsive). Prints numbers; asserts nothing about time.
 */
import { bigObservations } from '../tests/support/bigCsv';
import { start } from '../tests/e2e/harness';

const ROWS = 100_000;

// The page times itself from the file input's change event (after Playwright has built the File, which is test
// harness work) to the "Check finished" status, and keeps the longest main-thread task that started in between.
// A string, not a function: tsx would inject helpers that do not exist in the page.
const WATCH = `
  window.__t0 = null; window.__done = null; window.__longest = 0;
  document.addEventListener('change', () => { window.__t0 = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (window.__t0 !== null && window.__done === null && e.startTime >= window.__t0) window.__longest = Math.max(window.__longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (window.__t0 !== null && window.__done === null && /Check finished/.test(document.body.innerText)) window.__done = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

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
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.locator('input[type="file"]').setInputFiles({ name: 'observations.csv', mimeType: 'text/csv', buffer: csv });
      await page.getByText(/Check finished/).first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(200);
      const { elapsed, longest } = (await page.evaluate('({ elapsed: window.__done - window.__t0, longest: window.__longest })')) as { elapsed: number; longest: number };
      console.log(`preview ${rate}x CPU  100k rows: ${elapsed.toFixed(0)} ms to the finished check, longest main-thread task ${longest.toFixed(0)} ms`);
      await page.context().close();
    }
  } finally {
    await h.close();
  }
}

await main();
