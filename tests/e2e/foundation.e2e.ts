import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, start, type Harness } from './harness';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;

beforeAll(async () => { h = await start(); });
afterAll(async () => { await h?.close(); });

/** Holds back the responses to requests matching `url` until the returned function is called. */
async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(url, async (route) => { await held; await route.continue(); });
  return release;
}

describe('the built site in Chromium', () => {
  it('shows the 2020 energy consumption in Chinese and switches to English', async () => {
    const page = await h.newPage({ locale: 'zh-CN' });
    await page.goto(`${h.url}/`);
    // The overview's headline card, then the energy section's table, both in Chinese from the browser's language.
    const card = page.getByRole('link').filter({ hasText: '能源消费总量' }).first();
    expect(await card.innerText()).toContain('2,902.17 万吨标准煤');
    await card.click();
    expect(new URL(page.url()).searchParams.get('section')).toBe('energy');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '能源消费总量', exact: true }) }).first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('2,902.17');
    expect(text).toContain('万吨标准煤');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('rowheader', { name: 'Total energy consumption', exact: true }).first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Energy and targets');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The README's screenshot is refreshed on request only, so a test run never changes tracked files.
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: join(__dirname, '../../docs/screenshot.png') });
    await page.context().close();
  });

  it('asks for every data file from the HTML, once, and draws the first chart without a loading state in between', async () => {
    const page = await h.newPage();
    const requests = new Map<string, number>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/data/')) requests.set(path, (requests.get(path) ?? 0) + 1);
    });
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    // Records whether the loading status ever appeared in the chart section opened straight from a link.
    await page.addInitScript(`new MutationObserver(() => {
      if (document.querySelector('main [role="status"]')) window.__sawLoading = true;
    }).observe(document, { subtree: true, childList: true });`);
    // main.tsx renders once the language and the section's code are there; the data usually are too, and then the
    // first render draws the section. The section's code is held back a little here so that order is certain even on
    // a busy machine (where parsing the CSV files could take longer than fetching the code).
    await page.route(/\/assets\/sections-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${h.url}/?section=energy&lang=en`);
    await page.locator('.echart svg path').first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const files = ['sources', 'scopes', 'indicators', 'observations', 'targets', 'notes'].map((f) => `/data/${f}.csv`);
    expect(Object.fromEntries(requests)).toEqual(Object.fromEntries(files.map((f) => [f, 1])));
    const initiators = await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/')).map((e) => e.initiatorType)`);
    expect(initiators).toEqual(files.map(() => 'link'));
    expect(consoleLines.filter((l) => /preload/i.test(l))).toEqual([]);
    expect(await page.evaluate('window.__sawLoading ?? false')).toBe(false);
    await page.context().close();
  });

  it('starts downloading a chart section\'s code and its language while the entry script is still on its way', async () => {
    const page = await h.newPage({ locale: 'zh-CN' });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // Hold the entry script back: whatever is requested meanwhile was asked for by the HTML and the boot script alone.
    const release = await holdBack(page, /\/assets\/index-[^/]*\.js$/);
    const loading = page.goto(`${h.url}/?section=water`);
    // The sections' code is one chunk (src/app/sectionModules.ts) behind a small facade module. The boot script adds its
    // preloads one after another, and Playwright reports each request a moment later: wait for all three.
    const wanted = [/\/assets\/sections-[^/]*\.js$/, /\/assets\/sectionModules-[^/]*\.js$/, /\/assets\/zh-[^/]*\.js$/];
    try {
      await expect.poll(() => wanted.filter((w) => requested.some((p) => w.test(p))).length, { timeout: 10_000 }).toBe(wanted.length);
      expect(requested.some((p) => /\/assets\/en-[^/]*\.js$/.test(p))).toBe(false);
    } finally {
      release();
    }
    await loading;
    await page.locator('main h2').first().waitFor();
    // Each file once: the app's own import() takes the preloaded module.
    const js = requested.filter((p) => p.endsWith('.js'));
    expect(js.length).toBe(new Set(js).size);
    await page.context().close();
  });

  it('asks for ECharts only once the first text is on screen, on every chart section', async () => {
    // Lighthouse counts a request that ended before the observed first paint as on the path to it.
    for (const section of ['energy', 'community', 'safety']) {
      const page = await h.newPage();
      await page.goto(`${h.url}/?section=${section}&lang=en`);
      await page.locator('.echart svg path').first().waitFor({ state: 'attached' });
      const t = await page.evaluate(`({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        echarts: performance.getEntriesByType('resource').filter((e) => /\\/assets\\/(echarts|EChartCore)-/.test(e.name)).map((e) => e.startTime),
      })`) as { fcp: number; echarts: number[] };
      expect(t.echarts, section).toHaveLength(2);
      for (const start of t.echarts) expect(start, section).toBeGreaterThanOrEqual(t.fcp);
      await page.context().close();
    }
  });

  it('marks the code on the way to the first chart for eager compilation, and not code loaded on a click', async () => {
    const page = await h.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.goto(`${h.url}/?section=energy&lang=en`);
    await page.locator('.echart svg path').first().waitFor({ state: 'attached' });
    const firstLine = (path: string) => readFileSync(join(DIST, path), 'utf8').split('\n', 1)[0];
    // The libraries, the shell, the sections, ECharts (named so by the build) and the chart component. The language
    // chunk holds text only: nothing to compile.
    const code = scripts.filter((p) => /\/(vendor|shell|sections|echarts|EChartCore)-[^/]*\.js$/.test(p));
    expect(code).toHaveLength(5);
    for (const p of code) expect(firstLine(p), p).toBe('//# allFunctionsCalledOnLoad');
    // Code loaded on a click stays lazily compiled.
    await page.locator('.chart-actions summary').first().click();
    await expect.poll(() => scripts.some((p) => /ChartActionsPanel-/.test(p)), { timeout: 10_000 }).toBe(true);
    const panel = scripts.find((p) => /ChartActionsPanel-/.test(p))!;
    expect(firstLine(panel)).not.toContain('allFunctionsCalledOnLoad');
    await page.context().close();
  });

  it('paints a chart section\'s text and tables without waiting for the chart library, then draws the charts', async () => {
    const page = await h.newPage();
    const release = await holdBack(page, /\/assets\/EChartCore-[^/]*\.js$/);
    await page.goto(`${h.url}/?section=energy&lang=en`);
    await page.getByRole('heading', { level: 2, name: 'Targets against actuals' }).waitFor();
    await page.getByRole('columnheader', { name: 'Status' }).first().waitFor();
    // The charts' places are reserved at their final height, so nothing moves when they draw.
    const first = page.locator('.echart').first();
    expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(300);
    expect(await page.locator('.echart svg').count()).toBe(0);
    release();
    await page.locator('.echart svg path').first().waitFor({ state: 'attached' });
    expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(300);
    await page.context().close();
  });

  it('renders what is below the first screen after the first screen\'s charts, or without them when they are slow', async () => {
    const page = await h.newPage();
    // Records, in the page, when the first chart drew and when the section's full tables (deferred content) appeared.
    await page.addInitScript(`new MutationObserver(() => {
      if (window.__chart === undefined && document.querySelector('.echart svg path')) window.__chart = performance.now();
      if (window.__tables === undefined && document.getElementById('indicators-title')) window.__tables = performance.now();
    }).observe(document, { subtree: true, childList: true });`);
    const release = await holdBack(page, /\/assets\/EChartCore-[^/]*\.js$/);
    await page.goto(`${h.url}/?section=community&lang=en`);
    await page.getByRole('heading', { level: 2, name: 'Trends over time' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__tables')).toBeUndefined();
    release();
    await page.locator('#indicators-title').waitFor();
    const t = await page.evaluate('({ chart: window.__chart, tables: window.__tables })') as { chart: number; tables: number };
    expect(t.chart).toBeLessThan(t.tables);
    await page.context().close();

    // A chart library that never arrives holds the tables back for FIRST_CHARTS_WAIT_MS (2.5 s) at most.
    const stuck = await h.newPage();
    await holdBack(stuck, /\/assets\/EChartCore-[^/]*\.js$/);
    await stuck.goto(`${h.url}/?section=community&lang=en`);
    await stuck.locator('#indicators-title').waitFor({ timeout: 8000 });
    expect(await stuck.locator('.echart svg').count()).toBe(0);
    await stuck.context().close();
  });

  it('draws the charts of a first screen one per frame, first on the page first', async () => {
    const page = await h.newPage({ width: 1280, height: 900 });
    // Counts animation frames, and records the frame in which each chart's drawing appeared.
    await page.addInitScript(`window.__frame = 0; window.__drawnIn = [];
      const tick = () => { window.__frame++; requestAnimationFrame(tick); }; requestAnimationFrame(tick);
      new MutationObserver(() => {
        document.querySelectorAll('.echart').forEach((c, i) => {
          if (window.__drawnIn[i] === undefined && c.querySelector('svg path')) window.__drawnIn[i] = window.__frame;
        });
      }).observe(document, { subtree: true, childList: true });`);
    await page.goto(`${h.url}/?section=community&lang=en`);
    const charts = page.locator('.echart');
    await charts.nth(1).locator('svg path').first().waitFor({ state: 'attached' });
    // Community opens with two charts side by side: drawn in one task, the first would have waited for the second.
    expect((await charts.nth(0).boundingBox())!.y).toBe((await charts.nth(1).boundingBox())!.y);
    const drawnIn = await page.evaluate('window.__drawnIn') as number[];
    expect(drawnIn[1]).toBeGreaterThan(drawnIn[0]);
    await page.context().close();
  });

  it('shows a file served broken with its line and column, and keeps the other data', async () => {
    const page = await h.newPage();
    const good = readFileSync(join(__dirname, '../../data/targets.csv'), 'utf8').split('\n');
    const broken = [good[0], good[1], good[2].replace(/,(<=|>=|=),/, ',=<,'), ...good.slice(3)].join('\n');
    await page.route('**/data/targets.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: broken }));
    await page.goto(`${h.url}/?section=energy&lang=en`);
    const issues = page.locator('section.issues');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('targets.csv:3:5');
    expect(await issues.innerText()).toContain('"=<" is not allowed in "comparator"');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total energy consumption', exact: true }) }).first();
    expect(await row.innerText()).toContain('29.0217');
    expect(await page.locator('#targets-title').count()).toBe(1);
    await page.context().close();
  });

  it('names a data file the host does not have (the SPA fallback serves HTML)', async () => {
    const page = await h.newPage();
    await page.route('**/data/scopes.csv', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>app</body></html>' }));
    await page.goto(`${h.url}/?lang=zh`);
    const issues = page.locator('section.issues');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('scopes.csv:1:1');
    expect(await issues.innerText()).toContain('这是网页（HTML），不是 CSV');
    await page.context().close();
  });

  const SECTIONS = ['overview', 'energy', 'emissions', 'water', 'safety', 'community', 'economy', 'land', 'remediation', 'notes', 'sources', 'preview', 'slides'];
  const cases = ['light', 'dark'].flatMap((theme) => ['en', 'zh'].map((lang) => [theme, lang] as const));
  it.each(cases)('has no axe-core violations on any section (%s, %s)', async (theme, lang) => {
    const page = await h.newPage();
    const found: string[] = [];
    for (const section of SECTIONS) {
      await page.goto(`${h.url}/?section=${section}&lang=${lang}&theme=${theme}`);
      await page.locator('main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o?: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const r = await axe.run();
        return r.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
      });
      found.push(...violations.map((v) => `${section}: ${v}`));
      // No interface text may fall back to a raw i18n key.
      found.push(...(await page.evaluate('window.__esgMissingKeys') as string[]).map((k) => `${section}: missing key ${k}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  }, 240_000);
});
