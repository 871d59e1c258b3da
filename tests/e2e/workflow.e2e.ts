import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigObservations } from '../support/bigCsv';
import { DIST, start, type Harness } from './harness';

const ROOT = join(__dirname, '../..');
let h: Harness;
let site: string;
beforeAll(async () => {
  // A copy of the build, so replacing a data file does not touch dist/ for other tests.
  site = mkdtempSync(join(tmpdir(), 'esg-site-'));
  cpSync(DIST, site, { recursive: true });
  h = await start({ outDir: site });
});
afterAll(async () => {
  await h?.close();
  rmSync(site, { recursive: true, force: true });
});

const observations = () => readFileSync(join(ROOT, 'data/observations.csv'), 'utf8');

describe('the CSR team workflow in Chromium', () => {
  it('publishing without a rebuild: a replaced CSV shows on the next load', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?lang=zh`);
    const card = page.getByRole('link').filter({ hasText: '能源消费总量' }).first();
    expect(await card.innerText()).toContain('2,902.17');
    const edited = observations().replace(/^(energy_consumption_total,2020,group,)2902\.17,/m, '$12999.99,');
    expect(edited).not.toBe(observations());
    writeFileSync(join(site, 'data/observations.csv'), edited);
    await page.reload();
    await page.getByRole('link').filter({ hasText: '2,999.99' }).first().waitFor();
    await page.context().close();
  });

  it('previews dropped files off the main thread: problems with line and column, a marked preview dashboard', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=preview&lang=en`);
    const lines = observations().split('\n');
    const broken = lines.map((l, i) => (i === 3 ? l.replace(/^([^,]*,[^,]*,[^,]*,)([^,]*)/, '$1"1,5"') : l)).join('\n');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.locator('input[type="file"]').setInputFiles({ name: 'observations.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    const main = page.locator('main');
    await page.getByText('observations.csv:4:4').first().waitFor();
    expect(await main.innerText()).toContain('is ambiguous');
    expect(workers.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show the dashboard with these files' }).click();
    await page.locator('#preview-dashboard-title').waitFor();
    // The button is replaced by the dashboard: focus moves to its heading instead of falling to the page's start.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('preview-dashboard-title');
    expect(await page.locator('.preview-dashboard .caveat').innerText()).toMatch(/^PREVIEW/);
    await page.context().close();
  });

  it('switching language after the preview loaded its own text still loads the whole new language', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=preview&lang=en`);
    await page.locator('input[type="file"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('h1', { hasText: '数据预览' }).waitFor();
    expect(await page.evaluate('window.__esgMissingKeys')).toEqual([]);
    await page.context().close();
  });

  it('checks an observations file of 100,000 rows in the worker and keeps the page responsive', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=preview&lang=en`);
    await page.waitForLoadState('networkidle');
    await page.locator('input[type="file"]').setInputFiles({ name: 'observations.csv', mimeType: 'text/csv', buffer: Buffer.from(bigObservations(100_000)) });
    await page.getByText('Check finished: 1 file.').waitFor({ timeout: 90_000 });
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\d+ problems?\./);
    // The changes are drawn in steps after the result, and end up complete: a group for every indicator of the
    // published observations (each is repeated in the big file), the five open ones listing their first 100 changes.
    const indicators = new Set(observations().trimEnd().split('\n').slice(1).map((l) => l.split(',')[0])).size;
    await expect.poll(() => page.locator('.preview-diff details').count(), { timeout: 60_000 }).toBe(indicators);
    await expect.poll(() => page.locator('.preview-diff details[open] tbody tr').count(), { timeout: 60_000 }).toBe(500);
    await page.getByRole('button', { name: 'Download cleaned observations.csv' }).waitFor({ timeout: 60_000 });
    // The page still answers while and after the worker ran: a click reaches React.
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await page.locator('#overview-title').waitFor();
    await page.context().close();
  }, 120_000);
});
