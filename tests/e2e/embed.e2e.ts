import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/charts/catalogIndex';
import { makeLabels } from '../../src/cli/export';
import { DATA_FILES, loadDataset, type Lang } from '../../src/core';
import { plottedRows, plottedTable } from '../../src/embed/plotted';
import { CHROMIUM, DIST } from './harness';
import { serveHost, serveStatic, type Running } from './staticHost';

// The built site as a static host with deploy/_headers and deploy/_redirects serves it, plus a "partner site" on
// another port that frames it. ESG_DIST points at another build (default dist/, after `npm run build`).
const ROOT = join(import.meta.dirname, '../..');
const CHART = 'energy-consumption-total--group--year';
let site: Running;
let host: Running;
let browser: Browser;
const pages: Record<string, string> = {};

beforeAll(async () => {
  site = await serveStatic(DIST, join(ROOT, 'deploy'));
  host = await serveHost(() => pages);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** A page that records every CSP violation (DOM event and console message) and fails on page errors. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('pageerror', (e) => { throw e; });
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.exposeFunction('__reportViolation', (v: string) => { violations.push(v); });
  // A string, not a function: tsx would inject helpers that do not exist inside the page.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(e.violatedDirective + ' ' + e.blockedURI));`);
  return { page, violations };
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

describe('the built site behind the sample host config', () => {
  it('sends the documented headers and its HTML has no inline script', async () => {
    const head = async (path: string) => (await fetch(`${site.url}${path}`)).headers;
    const home = await head('/?section=energy');
    expect(home.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.get('content-security-policy')).toContain("script-src 'self';");
    expect(home.get('x-frame-options')).toBe('DENY');
    const embed = await head(`/embed/${CHART}?lang=en`);
    expect(embed.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.get('x-frame-options')).toBeNull();
    expect((await head('/data/indicators.csv')).get('cache-control')).toBe('no-cache');
    const asset = readFileSync(join(DIST, 'index.html'), 'utf8').match(/src="(\/assets\/[^"]+\.js)"/)![1];
    expect((await head(asset)).get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const html of ['index.html', 'embed/index.html']) {
      const text = readFileSync(join(DIST, html), 'utf8');
      // Every <script> has a src; no inline handlers either.
      expect([...text.matchAll(/<script\b([^>]*)>/g)].every((m) => /\bsrc=/.test(m[1])), html).toBe(true);
      expect(text, html).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('runs the dashboard, presentation and an image download under the strict CSP with no violation', async () => {
    const { page, violations } = await watchedPage();
    for (const section of ['overview', 'energy', 'preview', 'slides']) {
      await page.goto(`${site.url}/?section=${section}&lang=zh`);
      await page.locator('main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${site.url}/?section=energy&lang=en`);
    await page.locator('.echart svg').first().waitFor();
    await page.locator('.chart-actions summary').first().click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG for slides (1920×1080)' }).first().click();
    expect((await download).suggestedFilename()).toMatch(/^[a-z0-9-]+\.png$/);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('refuses to be framed by another site', async () => {
    pages['/frames-dashboard'] = `<!doctype html><title>host</title><iframe src="${site.url}/?section=energy" title="dashboard"></iframe>`;
    const { page } = await watchedPage();
    await page.goto(`${host.url}/frames-dashboard`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    const app = await child.evaluate(() => document.getElementById('root') !== null).catch(() => false);
    expect(app).toBe(false);
    await page.context().close();
  });

  it('works inside an iframe on a partner page with the code from the Embed dialog, and resizes it', async () => {
    const { page, violations } = await watchedPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/?section=energy&lang=en`);
    await page.locator('.echart svg').first().waitFor();
    const card = page.locator('figure', { has: page.getByRole('heading', { name: 'Total energy consumption', exact: true }) });
    await card.locator('.chart-actions summary').click();
    await card.getByRole('button', { name: 'Embed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    await dialog.waitFor();
    const snippet = await dialog.getByRole('textbox').inputValue();
    expect(snippet).toContain(`${site.url}/embed/${CHART}?lang=en&amp;theme=`);
    expect(snippet).toContain('title="Total energy consumption"');
    expect(snippet).toContain(`<script src="${site.url}/embed-resize.js" defer></script>`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    pages['/partner'] = `<!doctype html><html lang="en"><title>partner</title><body style="margin:0"><p>Our article</p>${snippet}
      <script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script></body></html>`;
    await page.goto(`${host.url}/partner`);
    const frame = page.frameLocator('iframe[data-esg-embed]');
    await frame.getByRole('heading', { level: 1, name: 'Total energy consumption' }).waitFor();
    await frame.getByRole('link', { name: 'See it on the ESG dashboard' }).waitFor();
    const content = () => frame.locator('#embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    // The frame starts at 480 px (the snippet's height attribute) and ends at the height the page reports.
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await content())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).not.toBe(480);
    const messages = await page.evaluate('window.__messages') as Array<Record<string, unknown>>;
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(Object.keys(m).sort()).toEqual(['height', 'type']);

    // Forged or malformed messages change nothing; out-of-range heights are clamped to 100..4000.
    const settled = await frameHeight(page);
    await page.evaluate(() => window.postMessage({ type: 'esg-embed-height', height: 1234 }, '*'));
    const child = page.frames().find((f) => f.url().includes('/embed/'))!;
    for (const forged of [{ type: 'esg-embed-height', height: '999' }, { type: 'esg-embed-height', height: Infinity },
      { type: 'esg-embed-height', height: Number.NaN }, { type: 'other', height: 700 }, { type: 'esg-embed-height' }]) {
      await child.evaluate((m) => parent.postMessage(m, '*'), forged);
    }
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(settled);
    await child.evaluate(() => parent.postMessage({ type: 'esg-embed-height', height: 1e9 }, '*'));
    await expect.poll(() => frameHeight(page)).toBe(4000);
    await child.evaluate(() => parent.postMessage({ type: 'esg-embed-height', height: 5 }, '*'));
    await expect.poll(() => frameHeight(page)).toBe(100);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('says clearly that a chart id is unknown, and fetches nothing outside data/ and the assets', async () => {
    const { page } = await watchedPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/embed/no-such-chart?lang=zh`);
    expect(await page.getByRole('alert').innerText()).toContain('没有 id 为“no-such-chart”的图表');
    await page.goto(`${site.url}/embed/..%2F..%2Fpackage.json?lang=en`);
    expect(await page.getByRole('alert').innerText()).toContain('There is no chart with the id');
    await page.goto(`${site.url}/embed/${CHART}?lang=zh&theme=dark`);
    await page.getByRole('heading', { level: 1, name: '能源消费总量' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    for (const path of requested) expect(path).toMatch(/^\/(embed\/|assets\/|data\/[a-z_]+\.csv$|favicon)/);
    await page.context().close();
  });

  it('narrows a chart of targets to one scope with ?scope=, and says so when that scope has none', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.url}/embed/alumina-energy-intensity--targets?lang=en&scope=new_alumina`);
    await page.locator('.embed-canvas svg path').first().waitFor({ state: 'attached' });
    const legend = await page.locator('.embed-legend').innerText();
    expect(legend).toContain('Plan: new alumina plants');
    expect(legend).not.toContain('existing alumina plants');
    expect(await page.locator('.embed-table tbody th').allTextContents()).toEqual([
      'Plan: new alumina plants · H1 2020', 'Plan: new alumina plants · H1 2021', 'Plan: new alumina plants · 2021',
      'Plan: new alumina plants · 2025', 'Actual: the whole Chinalco group · H1 2020',
    ]);
    await page.goto(`${site.url}/embed/alumina-energy-intensity--targets?lang=en&scope=retrofit_cells`);
    expect(await page.getByRole('alert').innerText()).toContain('no targets for the scope “retrofit_cells”');
    await page.context().close();
  });
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TARGETS = 'alumina-energy-intensity--targets';

/** The catalog as the served data make it (the build's copy of data/, not the working tree's). */
async function servedCatalog(lang: Lang, theme: 'light' | 'dark') {
  const files = Object.fromEntries(await Promise.all(DATA_FILES.map(async (f) => [f, new Uint8Array(await (await fetch(`${site.url}/data/${f}`)).arrayBuffer())])));
  const { dataset } = loadDataset(files);
  const labels = makeLabels(lang);
  return { dataset, labels, index: indexCatalog(dataset, labels, { theme }) };
}

/** The chart as the served data make it. */
async function served(id: string, lang: Lang, theme: 'light' | 'dark') {
  const { dataset, labels, index } = await servedCatalog(lang, theme);
  const { entry, model } = index.byId.get(id)!;
  return { entry, rows: plottedRows(dataset, model, labels) };
}

/** A phone-sized page on the embed, once its chart has drawn. `bypassCSP` only where a test injects axe-core. */
async function phone(path: string, { bypassCSP = false } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 600 }, bypassCSP });
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(`${site.url}${path}`);
  await page.locator('.embed-canvas svg').waitFor();
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the embed page for a reader on a phone or with a screen reader', () => {
  it.each([['en', 'light'], ['zh', 'dark']] as const)('shows title, sentence, caveat once, a keyboard table of the plotted values, sources and a legend off the plot (%s, %s)', async (lang, theme) => {
    const { entry, rows } = await served(TARGETS, lang, theme);
    expect(entry.caveat).not.toBe('');
    const page = await phone(`/embed/${TARGETS}?lang=${lang}&theme=${theme}`);
    await page.getByRole('heading', { level: 1, name: entry.title }).waitFor();

    // The sentence is on screen and is the chart's name; the caveat is a note of its own, and only there.
    const sentence = entry.description.slice(0, -entry.caveat.length).trimEnd();
    expect(await page.locator('.embed-description').innerText()).toBe(sentence);
    expect(await page.locator('.embed-description').isVisible()).toBe(true);
    await page.getByRole('img', { name: sentence, exact: true }).waitFor();
    expect(await page.getByRole('note').innerText()).toBe(entry.caveat);
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree.split(entry.caveat.slice(0, 40)).length - 1).toBe(1);
    expect(tree.split(sentence.slice(-40)).length - 1).toBe(1);

    // The first Tab reaches the table's disclosure; Enter opens it, and the next Tab its scroll box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.locator('.embed-table table').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    const cells = await page.locator('.embed-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    // Each row names its series and period as the dashboard's table does: no " · " between them in Chinese.
    expect(cells).toEqual(plottedTable(rows, lang, () => '', '', false).body);
    expect(cells[0][0]).toBe(lang === 'zh' ? `${rows[0].series} ${rows[0].period}` : `${rows[0].series} · ${rows[0].period}`);
    expect(rows.length).toBeGreaterThanOrEqual(5);

    expect(await page.locator('.embed-footer p').allInnerTexts()).toEqual([...entry.sources, ...entry.notes]);

    // The legend is HTML under the plot: nothing of it lies on the chart, which draws no legend of its own.
    const svg = (await page.locator('.embed-canvas svg').boundingBox())!;
    const legend = page.locator('.embed-legend li');
    expect(await legend.count()).toBe(3);
    for (const box of await legend.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON() as Box))) {
      expect(overlaps(box, svg), JSON.stringify(box)).toBe(false);
    }
    const drawn = await page.locator('.embed-canvas svg text').allTextContents();
    for (const name of await legend.allInnerTexts()) expect(drawn).not.toContain(name.trim());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('says that the link back opens a new tab, and keeps the theme the host chose', async () => {
    const page = await phone(`/embed/${CHART}?lang=en&theme=dark`);
    const link = page.getByRole('link', { name: 'See it on the ESG dashboard (opens in a new tab)', exact: true });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBe(`${site.url}/?section=energy&lang=en&theme=dark#chart-energy_consumption_total-group-year`);
    await page.goto(`${site.url}/embed/${CHART}?lang=zh`);
    expect(await page.getByRole('link').innerText()).toBe('在 ESG 数据看板中查看（在新标签页中打开）');
    expect(await page.getByRole('link').getAttribute('href')).toBe(`${site.url}/?section=energy&lang=zh#chart-energy_consumption_total-group-year`);
    // No chart, no card: an unknown id links to the overview.
    await page.goto(`${site.url}/embed/no-such-chart?lang=en`);
    expect(await page.getByRole('link').getAttribute('href')).toBe(`${site.url}/?section=overview&lang=en`);
    await page.context().close();
  });

  // The energy section's last trend card (far below the first screen, rendered after the first commit) and a target
  // path card, each followed from its embed's link back in a fresh page, as a reader's new tab opens it.
  it.each([['en', 'dark', 'last trend'], ['zh', 'light', TARGETS]] as const)('links back to the same chart\'s card: the dashboard opens on it, in view and focused (%s, %s, %s)', async (lang, theme, which) => {
    const { index } = await servedCatalog(lang, theme);
    const { entry } = which === TARGETS ? index.byId.get(TARGETS)!
      : index.charts.filter((c) => c.entry.category === 'energy' && c.entry.kind === 'trend').at(-1)!;
    const page = await phone(`/embed/${entry.id}?lang=${lang}&theme=${theme}`);
    const href = (await page.getByRole('link').getAttribute('href'))!;
    await page.context().close();
    const url = new URL(href);
    expect([url.searchParams.get('section'), url.searchParams.get('lang'), url.searchParams.get('theme')]).toEqual(['energy', lang, theme]);

    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const fresh = await context.newPage();
    fresh.on('pageerror', (e) => { throw e; });
    await fresh.goto(href);
    const card = fresh.getByRole('figure', { name: entry.title, exact: true });
    const heading = card.getByRole('heading', { level: 3, name: entry.title, exact: true });
    const focused = () => heading.evaluate((e) => e === document.activeElement);
    await expect.poll(focused, { timeout: 10_000 }).toBe(true);
    // Content rendered later above the card (other charts, tables) must not push it off the screen.
    await fresh.waitForLoadState('networkidle');
    await fresh.waitForTimeout(500);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await focused()).toBe(true);
    expect(await fresh.evaluate(() => window.scrollY)).toBeGreaterThan(which === TARGETS ? 0 : 900);
    await context.close();
  });

  it.each([['en', 'light'], ['en', 'dark'], ['zh', 'light'], ['zh', 'dark']] as const)('has no axe-core violations, table open (%s, %s)', async (lang, theme) => {
    for (const id of [TARGETS, CHART]) {
      const page = await phone(`/embed/${id}?lang=${lang}&theme=${theme}`, { bypassCSP: true });
      await page.locator('.embed-table summary').click();
      await page.locator('.embed-table table').waitFor();
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')}`);
      });
      expect(violations, `${id} ${lang} ${theme}`).toEqual([]);
      await page.context().close();
    }
  });

  it('shows script and HTML payloads from the data as text and runs none of them', async () => {
    const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    const csv = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const { page } = await watchedPage();
    const indicators = readFileSync(join(DIST, 'data/indicators.csv'), 'utf8').replace(',Total energy consumption,', `,${csv(PAYLOAD)},`);
    const scopes = readFileSync(join(DIST, 'data/scopes.csv'), 'utf8').replace(/^(new_alumina,[^,\n]*,)([^,\n]*)/m, (_m, a) => `${a}${csv(PAYLOAD)}`);
    await page.route('**/data/indicators.csv', (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: indicators }));
    await page.route('**/data/scopes.csv', (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: scopes }));
    await page.goto(`${site.url}/embed/${CHART}?lang=en`);
    await page.locator('.embed-canvas svg').waitFor();
    expect(await page.locator('h1').innerText()).toBe(PAYLOAD);
    await page.goto(`${site.url}/embed/${TARGETS}?lang=en`);
    await page.locator('.embed-canvas svg').waitFor();
    await page.locator('.embed-table summary').click();
    expect(await page.locator('.embed-table tbody').innerText()).toContain(PAYLOAD);
    expect(await page.locator('.embed-legend').innerText()).toContain(PAYLOAD);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.context().close();
  });
});
