import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    await page.locator('.embed-chart svg path').first().waitFor({ state: 'attached' });
    const svg = await page.locator('.embed-chart svg').innerHTML();
    expect(svg).toContain('Plan: new alumina plants');
    expect(svg).not.toContain('existing alumina plants');
    await page.goto(`${site.url}/embed/alumina-energy-intensity--targets?lang=en&scope=retrofit_cells`);
    expect(await page.getByRole('alert').innerText()).toContain('no targets for the scope “retrofit_cells”');
    await page.context().close();
  });
});
