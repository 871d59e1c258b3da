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

  it('drops add up: a later file joins the check, a non-CSV keeps the result, names changes show as text', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=preview&lang=en`);
    const input = page.locator('input[type="file"]');
    const status = page.getByRole('status');
    // Line 3 changes a value (4262 -> 4265); line 4 has a cell Excel would read two ways.
    const lines = observations().split('\n');
    const edited = lines.map((l, i) => (i === 2 ? l.replace(',2019,group,4262,', ',2019,group,4265,')
      : i === 3 ? l.replace(/^([^,]*,[^,]*,[^,]*,)([^,]*)/, '$1"1,5"') : l)).join('\n');
    expect(edited).toContain(',2019,group,4265,');
    await input.setInputFiles({ name: 'observations.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await page.getByText('observations.csv:4:4').first().waitFor();

    const payload = '<img src=x onerror="window.__pwned=1">';
    const scopes = readFileSync(join(ROOT, 'data/scopes.csv'), 'utf8')
      .replace('group,中铝集团整体,the whole Chinalco group', `group,中铝集团整体,"${payload.replaceAll('"', '""')}"`);
    await input.setInputFiles({ name: 'scopes.csv', mimeType: 'text/csv', buffer: Buffer.from(scopes) });
    await status.getByText('Check finished: 2 files.').waitFor();
    await input.setInputFiles({ name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4]) });
    await status.getByText('Check finished: 3 files.').waitFor();
    // The first file's problem survived both later drops.
    await page.getByText('observations.csv:4:4').first().waitFor();
    expect(await page.getByRole('list', { name: 'About the files' }).innerText()).toContain('“book.xlsx” is not one of the data files');

    // The value as stored in the file, not grouped: what Excel's Find matches.
    const changed = page.locator('.preview-diff tr.diff-changed', { hasText: '4265' }).first();
    expect(await changed.innerText()).toMatch(/4262 .*→ 4265/);
    // The renamed scope is listed by id and column, its HTML shown as text.
    const group = page.locator('.preview-diff details', { hasText: 'scopes.csv: 0 added, 1 changed, 0 removed' });
    const line = await group.locator('tbody tr').first().innerText();
    expect(line).toContain('group');
    expect(line).toContain('name_en');
    expect(line).toContain(`the whole Chinalco group → ${payload}`);
    expect(await page.locator('.preview-diff img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();

    // Removed from the keyboard: the rest is checked again, focus stays in the list.
    await page.getByRole('button', { name: 'Remove observations.csv from the check' }).focus();
    await page.keyboard.press('Enter');
    await status.getByText('Check finished: 2 files.').waitFor();
    expect(await page.getByText('observations.csv:4:4').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove scopes.csv from the check');
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
