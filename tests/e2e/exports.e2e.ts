import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Download, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogModels, targetPathKey } from '../../src/charts/catalogIndex';
import { DATA_FILES, loadDataset } from '../../src/core';
import { start, type Harness } from './harness';

const ROOT = join(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');
const PAYLOAD = `=cmd|' /C calc'!A0 <script>window.__pwned=1</script>`;
const CHART = 'energy-consumption-total--group--year';
let h: Harness;
beforeAll(async () => { h = await start(); });
afterAll(async () => { await h?.close(); });

const { dataset } = loadDataset(Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(DATA, f))])));
const models = catalogModels(dataset);

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core violations on the page as it is now (rule id and first targets). */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run;
    return (await run()).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')}`);
  });
}

const bytes = async (d: Download) => readFileSync((await d.path())!);
/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
async function save(page: Page, card: Locator, button: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: button, exact: true }).click();
  return download;
}
/** Opens "Download and share" on the card whose heading is `name` (or on the given figure). */
async function openCard(page: Page, name: string | Locator): Promise<Locator> {
  const card = typeof name === 'string' ? page.locator('figure', { has: page.getByRole('heading', { name, exact: true }) }) : name;
  // Charts draw when they come near the viewport.
  await card.scrollIntoViewIfNeeded();
  await card.locator('.echart svg').waitFor();
  await card.locator('.chart-actions summary').click();
  await card.locator('.chart-actions-buttons').waitFor();
  return card;
}

describe('chart downloads in Chromium', () => {
  it('downloads slide and 3x PNGs, SVG and CSV, keeping payload text from the data literal', async () => {
    const page = await h.newPage();
    const indicators = readFileSync(join(DATA, 'indicators.csv'), 'utf8').replace('Total energy consumption', PAYLOAD);
    await page.route('**/data/indicators.csv', (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: indicators }));
    await page.goto(`${h.url}/?section=energy&lang=en`);
    const card = await openCard(page, PAYLOAD);

    const slide = await save(page, card, 'PNG for slides (1920×1080)');
    expect(slide.suggestedFilename()).toBe(`${CHART}.png`);
    const slidePng = await bytes(slide);
    expect(pngSize(slidePng)).toEqual({ width: 1920, height: 1080 });
    // Opaque by default: the top-left pixel is the white background.
    const opaque = await sharp(slidePng).ensureAlpha().raw().toBuffer();
    expect([...opaque.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect((await sharp(slidePng).stats()).channels[0].min).toBeLessThan(100);

    const box = (await card.locator('.echart').boundingBox())!;
    const big = await save(page, card, 'PNG, 3× screen size');
    expect(big.suggestedFilename()).toBe(`${CHART}--3x.png`);
    const size = pngSize(await bytes(big));
    expect(size.width).toBe(3 * Math.round(box.width));
    expect(size.height).toBeGreaterThan(3 * box.height);

    await card.getByRole('checkbox', { name: 'Transparent background' }).check();
    const clear = await save(page, card, 'PNG for slides (1920×1080)');
    expect(clear.suggestedFilename()).toBe(`${CHART}--transparent.png`);
    const clearRaw = await sharp(await bytes(clear)).ensureAlpha().raw().toBuffer();
    expect(clearRaw[3]).toBe(0);
    await card.getByRole('checkbox', { name: 'Transparent background' }).uncheck();

    const svgFile = await save(page, card, 'SVG (vector)');
    expect(svgFile.suggestedFilename()).toBe(`${CHART}.svg`);
    const svgText = (await bytes(svgFile)).toString('utf8');
    const svg = new JSDOM(svgText, { contentType: 'image/svg+xml' }).window.document;
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.getAttribute('width')).toBe('1920');
    expect(svg.querySelectorAll('script, foreignObject').length).toBe(0);
    expect(svg.documentElement.textContent).toContain(PAYLOAD);
    expect(svg.documentElement.textContent).toContain('Source: Chinalco CSR Report 2020');

    const csvFile = await save(page, card, 'Data (CSV)');
    expect(csvFile.suggestedFilename()).toBe(`${CHART}.csv`);
    const csv = (await bytes(csvFile)).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    const plotted = models.find((m) => m.key === 'energy_consumption_total|group|year')!;
    expect(plotted.kind === 'trend' && plotted.series.points.length).toBe(3);
    expect(lines.length).toBe(1 + 3);
    expect(lines[0]).toBe('indicator_id,Indicator,Series,Scope,Period,Value,Unit,Source,Locator,Quote');
    // The formula is neutralised by a leading quote; the script tag is plain text; values stay numbers.
    expect(lines[1].startsWith(`energy_consumption_total,'${PAYLOAD},actual,`)).toBe(true);
    expect(lines[1]).toContain(',2018,23.8488,Mt tce,');

    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.context().close();
  });

  it('downloads a target path as CSV (every actual and milestone) and an SVG in Chinese', async () => {
    const page = await h.newPage({ locale: 'zh-CN' });
    await page.goto(`${h.url}/?section=energy&lang=zh`);
    const card = await openCard(page, page.locator('figure[aria-labelledby="progress-alumina_energy_intensity"]'));
    expect(await card.locator('h3').innerText()).toBe('氧化铝综合能耗：基准与节点目标');
    const csv = (await bytes(await save(page, card, '数据（CSV）'))).toString('utf8');
    const model = models.find((m) => m.key === targetPathKey('alumina_energy_intensity'))!;
    const expected = model.kind === 'target-path' ? model.path.actuals.length + model.path.rows.length : -1;
    expect(csv.slice(1).split('\r\n').filter(Boolean).length).toBe(1 + expected);
    expect(csv).toContain(',目标（<=）,');
    const svg = (await bytes(await save(page, card, 'SVG（矢量图）'))).toString('utf8');
    expect(svg).toContain('来源：');
    expect(svg).toContain('单位：');
    await page.context().close();
  });

  it('copies the PNG to the clipboard, and says so plainly when the browser refuses', async () => {
    const page = await h.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
    await page.goto(`${h.url}/?section=energy&lang=en`);
    let card = await openCard(page, 'Total energy consumption');
    await card.getByRole('button', { name: 'Copy PNG' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toBe('The image is on the clipboard.');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
    expect(types).toContain('image/png');

    await page.addInitScript('navigator.clipboard.write = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"))');
    await page.reload();
    card = await openCard(page, 'Total energy consumption');
    await card.getByRole('button', { name: 'Copy PNG' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toContain('The browser did not allow copying the image (Write permission denied.)');
    await page.context().close();
  });

  it('gives the embed code in an accessible dialog that returns focus when closed', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=energy&lang=en&theme=dark`);
    const card = await openCard(page, 'Total energy consumption');
    expect(await axe(page)).toEqual([]);
    const button = card.getByRole('button', { name: 'Embed…' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await axe(page)).toEqual([]);
    expect(await dialog.getByRole('textbox').inputValue()).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/energy-consumption-total--group--year\?lang=en&amp;theme=dark" title="Total energy consumption"/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.context().close();
  });
});

describe('presentation, embed page and print in Chromium', () => {
  it('moves between slides with the keyboard and buttons, keeps the slide in the URL, and leaves with Esc', async () => {
    const page = await h.newPage({ width: 1600, height: 900 });
    await page.goto(`${h.url}/?section=slides&lang=en`);
    const title = page.locator('main h2');
    await page.locator('.slide .echart svg').waitFor();
    const first = await title.innerText();
    const slide = () => new URL(page.url()).searchParams.get('slide');
    await page.keyboard.press('ArrowRight');
    await expect.poll(slide).toBe('2');
    expect(await title.innerText()).not.toBe(first);
    await page.keyboard.press('End');
    await expect.poll(slide).toBe(String(models.length));
    await page.keyboard.press('Home');
    await expect.poll(slide).toBe('1');
    expect(await title.innerText()).toBe(first);
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Next chart ›' }).click();
    await expect.poll(slide).toBe('3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(slide).toBe('2');
    const second = await title.innerText();
    // Space moves on as in presentation software, Shift+Space back; on a focused button it only presses the button.
    await page.evaluate('document.activeElement.blur()');
    await page.keyboard.press('Space');
    await expect.poll(slide).toBe('3');
    await page.keyboard.press('Shift+Space');
    await expect.poll(slide).toBe('2');
    await page.getByRole('button', { name: '‹ Previous chart' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(slide).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(slide).toBe('2');
    // At the last slide, Next keeps the keyboard focus it had (aria-disabled, not disabled) and moves nowhere.
    await page.keyboard.press('End');
    await expect.poll(slide).toBe(String(models.length));
    const next = page.getByRole('button', { name: 'Next chart ›' });
    await next.focus();
    await page.keyboard.press('Enter');
    expect(slide()).toBe(String(models.length));
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await next.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.goto(`${h.url}/?section=slides&slide=2&lang=en`);
    expect(await title.innerText()).toBe(second);
    // The slide is 16:9 and fills the viewport's height here.
    const box = (await page.locator('.slide').boundingBox())!;
    expect(Math.round((box.width / box.height) * 9)).toBe(16);
    expect(Math.round(box.height)).toBe(900);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('section')).not.toBe('slides');
    await page.locator('main h1').waitFor();
    await page.context().close();
  });

  it('announces the new chart\'s title with its number when the slide changes', async () => {
    const page = await h.newPage({ width: 1280, height: 720 });
    await page.goto(`${h.url}/?section=slides&lang=en`);
    await page.locator('.slide .echart svg').waitFor();
    const status = page.locator('.slide-controls [role="status"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('2');
    expect(await status.textContent()).toBe(`Chart 2 of ${models.length}: ${await page.locator('main h2').innerText()}`);
    await page.goto(`${h.url}/?section=slides&slide=3&lang=zh`);
    await page.locator('.slide .echart svg').waitFor();
    expect(await status.textContent()).toBe(`第 3 张，共 ${models.length} 张：${await page.locator('main h2').innerText()}`);
    // The visible count is not read a second time.
    expect(await page.locator('.slide-controls').ariaSnapshot()).not.toMatch(/text: 第 3 张/);
    await page.context().close();
  });

  it.each([[360, 800], [390, 844], [800, 360]])('lays a slide out legibly on a phone (%i×%i), with the legend off the plot and the controls off the sources', async (width, height) => {
    const page = await h.newPage({ width, height });
    await page.goto(`${h.url}/?section=slides&slide=2&lang=zh&theme=dark`);
    await page.locator('.slide .echart svg text').first().waitFor();
    const px = (selector: string) => page.locator(selector).first().evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(await px('.slide h2')).toBeGreaterThanOrEqual(18);
    expect(await px('.slide-subtitle')).toBeGreaterThanOrEqual(14);
    expect(await px('.slide-footer p')).toBeGreaterThanOrEqual(12);
    // The chart's own labels, as drawn after any scaling: never below their 12 px.
    const labels = await page.locator('.slide .echart svg text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const svg = (await page.locator('.slide .echart svg').boundingBox())!;
    const legend = (await page.locator('.slide .chart-legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(svg.y + svg.height - 1);
    // At the end of the page the last source line is readable: nothing lies over it.
    const last = page.locator('.slide-footer p').last();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(await last.evaluate((e, [x, y]) => e.contains(document.elementFromPoint(x, y)), [box.x + 4, box.y + box.height / 2])).toBe(true);
    await page.context().close();
  });

  it('serves /embed/<id> from vite preview with the chart and a link back', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/embed/${CHART}?lang=en&theme=light`);
    await page.getByRole('heading', { level: 1, name: 'Total energy consumption' }).waitFor();
    await page.locator('.embed-canvas svg').waitFor();
    // To the chart's card in its section (the heading id a `#fragment` focuses).
    expect(await page.getByRole('link').getAttribute('href')).toBe(`${h.url}/?section=energy&lang=en&theme=light#chart-energy_consumption_total-group-year`);
    expect(await page.locator('nav, .site-header').count()).toBe(0);
    await page.context().close();
  });

  it('prints a section with whole chart cards and their sources, without navigation or switches', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=energy&lang=en`);
    await page.locator('.echart svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.switches').isVisible()).toBe(false);
    expect(await page.locator('.chart-actions').first().isVisible()).toBe(false);
    expect(await page.locator('.chart-card').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    expect(await page.locator('.chart-card .source').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });
});
