/**
 * How `npm run bench` (scripts/bench.ts) loads a section and times its charts: by default over a bare DevTools pipe
 * (scripts/cdpPipe.ts), with `--via-playwright` through Playwright as earlier benches did. Apart from the bench so a
 * browser test can prove the default driver still measures something.
 */
import { CHROMIUM, CHROMIUM_ARGS, type Harness } from '../tests/e2e/harness';
import { launchOverPipe, openPage, type CdpBrowser } from './cdpPipe';

/** Records, relative to navigation start, when the first chart is drawn and when every chart of the section is. */
export const WATCH_CHARTS = `
  const check = () => {
    // Charts draw when they come within a screen of the viewport; "all charts" means all of those.
    const charts = [...document.querySelectorAll('.echart, .sparkline')].filter((c) => c.getBoundingClientRect().top < 2 * innerHeight);
    const drawn = charts.filter((c) => c.matches('.sparkline') || c.querySelector('svg path'));
    if (drawn.length > 0 && window.__first === undefined) window.__first = performance.now();
    if (drawn.length > 0 && drawn.length === charts.length && !document.querySelector('[role="status"]')) window.__all = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** Times one load of a section, or runs the calibration loop, in a fresh browser context at a CPU throttling rate. */
export interface Driver {
  readonly name: string;
  timeSection(section: string, rate: number): Promise<{ first: number; all: number }>;
  evaluateAt(rate: number, expression: string): Promise<number>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The default: Chromium over a bare DevTools pipe (scripts/cdpPipe.ts), with nothing of its own in the page. */
export async function bareDriver(url: string): Promise<Driver> {
  const browser: CdpBrowser = await launchOverPipe(CHROMIUM, CHROMIUM_ARGS);
  return {
    name: 'bare DevTools connection',
    async timeSection(section, rate) {
      const page = await openPage(browser, { width: 1280, height: 900, rate });
      try {
        await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH_CHARTS }, page.sessionId);
        await browser.send('Page.navigate', { url: `${url}/?section=${section}&lang=en` }, page.sessionId);
        // Asking the page is itself work on its main thread: first wait long enough for a load to have finished
        // (the first chart comes within about 0.4 s per unit of throttling), then ask every 0.2 s. Then wait as long
        // as the Playwright driver does after the network went quiet, so "all charts" is read at the same moment.
        await sleep(600 * rate + 400);
        for (let i = 0; i < 100 && await page.evaluate<boolean>('window.__all === undefined'); i++) await sleep(200);
        await sleep(300 * rate);
        return await page.evaluate<{ first: number; all: number }>('({ first: window.__first ?? NaN, all: window.__all ?? NaN })');
      } finally {
        await page.close();
      }
    },
    async evaluateAt(rate, expression) {
      const page = await openPage(browser, { width: 1280, height: 900, rate });
      try {
        return await page.evaluate<number>(expression);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** `--via-playwright`: the same loads driven through Playwright, whose own page instrumentation is timed with them. */
export function playwrightDriver(h: Harness): Driver {
  return {
    name: 'Playwright',
    async timeSection(section, rate) {
      const page = await h.newPage({ width: 1280, height: 900 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      // Timestamps are taken inside the page, relative to navigation start, by watching the DOM.
      // (A string, not a function: tsx would inject helpers that do not exist inside the page.)
      await page.addInitScript(WATCH_CHARTS);
      await page.goto(`${h.url}/?section=${section}&lang=en`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300 * rate);
      const t = await page.evaluate('({ first: window.__first ?? NaN, all: window.__all ?? NaN })') as { first: number; all: number };
      await page.context().close();
      return t;
    },
    async evaluateAt(rate, expression) {
      const page = await h.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto('about:blank');
      const value = await page.evaluate(expression) as number;
      await page.context().close();
      return value;
    },
    close: async () => undefined,
  };
}

