/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1 as the static host serves it (deploy/_headers, text gzipped
 * once per file: `serveAsHost` in tests/e2e/harness.ts) and measures it in Debian's Chromium.
 * Prints gzip bytes of the page shell's JS and of all JS each section loads, and the time from navigation to the
 * first chart and to all charts of a section at 1x and 4x CPU throttling. Exit status 1 only when a SIZE budget is
 * exceeded: times vary with the machine and are reported, never asserted.
 *   --sizes-only   skip the timings (what CI runs inside `npm test`)
 *   --runs N       timed loads per section and CPU rate, reported as median (min–max); default 5
 *   --via-playwright  drive the timed loads through Playwright, as benches before 2026-11-21 did (see cdpPipe.ts
 *                  for why the default is a bare DevTools connection, and what the difference is)
 * Before the timings it prints how long a fixed CPU-bound loop takes in a page at 1x and 4x: the machine's speed that
 * day, against which times of different days can be compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, start } from '../tests/e2e/harness';
import { runsArg, summarize } from './benchStats';
import { bareDriver, playwrightDriver, type Driver } from './benchDrivers';

/** Budgets in bytes of gzip (level 9) output; 1 KB = 1000 bytes. */
export const BUDGETS = { shellJs: 120_000, sectionJs: 320_000 } as const;
const SECTIONS = ['overview', 'energy', 'emissions', 'water', 'safety', 'community', 'economy', 'land', 'remediation', 'notes', 'sources', 'preview'];
const TIMED = ['overview', 'energy', 'community'];

const gz = (path: string): number => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const kb = (n: number): string => `${(n / 1000).toFixed(2)} KB`;

/** JS the HTML loads before any section code: the entry script and its module preloads. */
function shellFiles(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}

const ms = (n: number): string => n.toFixed(0).padStart(6);

// A fixed piece of CPU-bound JavaScript (2·10^7 square roots), timed inside a page. The times above move with the
// machine by ±15 % from day to day; this number moves with them, so two benches can be compared by their ratio.
const CALIBRATION = 'let t = performance.now(), s = 0; for (let i = 0; i < 2e7; i++) s += Math.sqrt(i) % 7; performance.now() - t';

/** Milliseconds the calibration loop takes in a fresh page at `rate` CPU throttling: median of 5. */
async function calibrate(driver: Driver, rate: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await driver.evaluateAt(rate, CALIBRATION));
  return summarize(times).median;
}

async function main() {
  const sizesOnly = process.argv.includes('--sizes-only');
  const h = await start({ server: 'host' });
  let failed = false;
  try {
    // The shell is what every section loads: the intersection of the JS of all sections, per language (the active
    // language's text is its own chunk). It must include at least the entry script and its preloads.
    let worstShell = 0;
    for (const lang of ['en', 'zh']) {
      const perSection: Array<{ section: string; js: Set<string> }> = [];
      for (const section of SECTIONS) {
        const page = await h.newPage();
        const js = new Set<string>();
        page.on('request', (r) => {
          const path = new URL(r.url()).pathname;
          if (path.endsWith('.js')) js.add(path.slice(1));
        });
        await page.goto(`${h.url}/?section=${section}&lang=${lang}`);
        await page.locator('main h2').first().waitFor();
        await page.waitForLoadState('networkidle');
        // Charts far down a section draw (and ask for ECharts) only as the reader scrolls to them: scroll through the
        // whole section so "all JS" is everything it can load, not what its first screens happen to need.
        for (let y = 0; y < 50 && await page.evaluate('scrollY + innerHeight < document.body.scrollHeight'); y++) {
          await page.evaluate('scrollBy(0, innerHeight)');
          await page.waitForTimeout(50);
        }
        await page.waitForLoadState('networkidle');
        perSection.push({ section, js });
        await page.context().close();
      }
      const shell = [...perSection[0].js].filter((f) => perSection.every((p) => p.js.has(f)));
      for (const f of shellFiles()) if (!shell.includes(f)) throw new Error(`entry file ${f} not loaded by every section`);
      const shellBytes = shell.reduce((sum, f) => sum + gz(f), 0);
      worstShell = Math.max(worstShell, shellBytes);
      const shellOk = shellBytes <= BUDGETS.shellJs;
      failed ||= !shellOk;
      console.log(`[${lang}] shell JS (gzip): ${kb(shellBytes)}  budget ${kb(BUDGETS.shellJs)}  ${shellOk ? 'ok' : 'OVER BUDGET'}  [${shell.join(', ')}]`);
      for (const { section, js } of perSection) {
        const bytes = [...js].reduce((sum, f) => sum + gz(f), 0);
        const ok = bytes <= BUDGETS.sectionJs;
        failed ||= !ok;
        console.log(`[${lang}] section ${section.padEnd(12)} all JS (gzip): ${kb(bytes).padStart(9)}  budget ${kb(BUDGETS.sectionJs)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
      }
    }
    console.log(`largest shell: ${kb(worstShell)}`);

    if (!sizesOnly) {
      const runs = runsArg(process.argv);
      const driver = process.argv.includes('--via-playwright') ? playwrightDriver(h) : await bareDriver(h.url);
      try {
        console.log(`timed loads driven by: ${driver.name}`);
        console.log(`host speed: calibration loop ${ms(await calibrate(driver, 1)).trim()} ms at 1x, ${ms(await calibrate(driver, 4)).trim()} ms at 4x `
          + '(median of 5; compare benches of different days by this ratio)');
        for (const rate of [1, 4]) {
          const times = new Map<string, Array<{ first: number; all: number }>>(TIMED.map((s) => [s, []]));
          // Sections take turns run by run, so a slow minute of a noisy machine does not fall on one section only.
          for (let run = 0; run < runs; run++) {
            for (const section of TIMED) times.get(section)!.push(await driver.timeSection(section, rate));
          }
          for (const [section, t] of times) {
            const first = summarize(t.map((x) => x.first));
            const all = summarize(t.map((x) => x.all));
            console.log(`time ${rate}x CPU  ${section.padEnd(12)} first chart ${ms(first.median)} ms (${ms(first.min).trim()}–${ms(first.max).trim()})`
              + `   all charts ${ms(all.median)} ms (${ms(all.min).trim()}–${ms(all.max).trim()})   median of ${runs}`);
          }
        }
      } finally {
        await driver.close();
      }
    }
  } finally {
    await h.close();
  }
  console.log(failed ? 'size budgets: FAILED' : 'size budgets: ok');
  process.exitCode = failed ? 1 : 0;
}

await main();
