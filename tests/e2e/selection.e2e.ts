import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetPathKey } from '../../src/charts/chartKeys';
import { start, type Harness } from './harness';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;

beforeAll(async () => { h = await start(); });
afterAll(async () => { await h?.close(); });

const quoteOf = (page: Page) => new URL(page.url()).searchParams.get('quote');

/** A card's chart, scrolled to and drawn (charts draw only near the viewport). */
async function drawn(card: Locator): Promise<Locator> {
  await card.scrollIntoViewIfNeeded();
  const svg = card.locator('.echart svg');
  await svg.locator('path').first().waitFor({ state: 'attached' });
  return svg;
}

/** Clicks the middle of a drawn shape the way a reader would: a real mouse click at its position on the screen. */
async function clickAt(page: Page, shape: Locator): Promise<void> {
  const box = (await shape.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // Off the chart again, so a tooltip does not cover the next point.
  await page.mouse.move(0, 0);
}

/** The rightmost filled shape among `shapes` (the latest bar of a trend chart). */
async function rightmost(shapes: Locator): Promise<Locator> {
  const all = await shapes.all();
  const xs = await Promise.all(all.map(async (s) => (await s.boundingBox())?.x ?? -Infinity));
  return all[xs.indexOf(Math.max(...xs))];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o?: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
  });
}

const inViewport = async (page: Page, el: Locator) => {
  const box = await el.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
};
const focused = (el: Locator) => el.evaluate((e) => e === document.activeElement);

describe('the clicked quote lives in the URL', () => {
  it('a clicked bar opens its quote, and the copied link reopens it in a new page in either language', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=energy&lang=en`);
    const card = page.getByRole('figure', { name: 'Total energy consumption', exact: true });
    const svg = await drawn(card);
    // Bars are the filled closed paths of the drawing; the rightmost is 2020.
    await clickAt(page, await rightmost(svg.locator(':scope > g > path[d$="Z"]:not([fill="none"])')));
    const region = card.getByRole('region', { name: 'Source quote for 2020' });
    await region.waitFor();
    expect(await region.innerText()).toContain('能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17');
    expect(await region.innerText()).toContain('附录 关键绩效表');
    expect(quoteOf(page)).toBe('energy_consumption_total|group|year@2020');
    const link = page.url();
    await page.context().close();

    // A fresh page from the link: the same quote box, in view and focused.
    const fresh = await h.newPage();
    await fresh.goto(link);
    const again = fresh.getByRole('figure', { name: 'Total energy consumption', exact: true }).getByRole('region', { name: 'Source quote for 2020' });
    await again.waitFor();
    expect(await again.innerText()).toContain('能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17');
    await expect.poll(() => focused(again)).toBe(true);
    expect(await inViewport(fresh, again)).toBe(true);

    await fresh.getByRole('button', { name: '中文' }).click();
    const zh = fresh.getByRole('figure', { name: '能源消费总量', exact: true }).getByRole('region', { name: '来源原文：2020 年' });
    await zh.waitFor();
    expect(await zh.innerText()).toContain('能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17');
    expect(quoteOf(fresh)).toBe('energy_consumption_total|group|year@2020');
    expect(new URL(fresh.url()).searchParams.get('lang')).toBe('zh');

    // Close takes the selection out of the URL.
    await zh.getByRole('button', { name: '关闭' }).click();
    await zh.waitFor({ state: 'detached' });
    expect(quoteOf(fresh)).toBeNull();
    await fresh.context().close();
  });

  it('a clicked milestone and actual of a target path open their quotes, and the link reopens the milestone', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=energy&lang=en`);
    const card = page.getByRole('figure', { name: 'Alumina comprehensive energy consumption: baseline and milestones', exact: true });
    const svg = await drawn(card);
    // ECharts draws each marker as a path in unit coordinates scaled by its transform: the diamond is the one milestone
    // at the industry advanced level (new plants, end of 2021), the square an actual figure (the group, 2020 H1).
    await clickAt(page, svg.locator('path[d="M0 -1L1 0L0 1L-1 0Z"]'));
    const milestone = card.getByRole('region', { name: 'Source quote for new alumina plants · 2021' });
    await milestone.waitFor();
    const text = await milestone.innerText();
    expect(text).toContain('New alumina plants · 2021: ≤ 0.278 tce/t · Industry advanced level');
    expect(text).toContain('新建氧化铝企业综合能耗，2021 年末完成 0.278 吨标准煤/吨');
    expect(quoteOf(page)).toBe(`${targetPathKey('alumina_energy_intensity')}@2021:target:alumina_energy_new_2021`);

    await clickAt(page, svg.locator('path[d="M-1 -1l2 0l0 2l-2 0Z"]'));
    const actual = card.getByRole('region', { name: 'Source quote for Actual: the whole Chinalco group · H1 2020' });
    await actual.waitFor();
    expect(await actual.innerText()).toContain('每吨氧化铝标煤耗为0.352吨');
    expect(quoteOf(page)).toBe(`${targetPathKey('alumina_energy_intensity')}@2020-H1:actual:group`);

    await clickAt(page, svg.locator('path[d="M0 -1L1 0L0 1L-1 0Z"]'));
    await milestone.waitFor();
    const link = page.url();
    await page.context().close();

    const fresh = await h.newPage({ locale: 'zh-CN' });
    await fresh.goto(link);
    const again = fresh.getByRole('region', { name: 'Source quote for new alumina plants · 2021' });
    await again.waitFor();
    expect(await again.innerText()).toContain('新建氧化铝企业综合能耗，2021 年末完成 0.278 吨标准煤/吨');
    await expect.poll(() => focused(again)).toBe(true);
    expect(await inViewport(fresh, again)).toBe(true);
    await fresh.getByRole('button', { name: '中文' }).click();
    const zh = fresh.getByRole('region', { name: '来源原文：新建氧化铝企业 2021 年' });
    await zh.waitFor();
    expect(await zh.innerText()).toContain('新建氧化铝企业综合能耗，2021 年末完成 0.278 吨标准煤/吨');
    expect(quoteOf(fresh)).toBe(`${targetPathKey('alumina_energy_intensity')}@2021:target:alumina_energy_new_2021`);

    // With the quote open the page stays clean for axe-core, and a section link leaves the selection behind.
    await fresh.waitForLoadState('networkidle');
    expect(await axeViolations(fresh)).toEqual([]);
    expect(await fresh.getByRole('region', { name: /^来源原文：/ }).count()).toBe(1);
    const water = fresh.getByRole('navigation').getByRole('link', { name: '水资源', exact: true });
    expect(await water.getAttribute('href')).not.toContain('quote');
    await fresh.context().close();
  });

  it('a link to a card drawn after the first screen (rendered a moment later) scrolls it into view once', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=energy&lang=en`);
    // The last trend card of the section: far below the first screen, and rendered after the first commit (cards
    // after the fourth arrive together in one transition).
    const headings = page.locator('.chart-grid > figure h3');
    await expect.poll(() => headings.count()).toBeGreaterThan(4);
    const name = (await headings.allInnerTexts()).at(-1)!;
    const card = page.getByRole('figure', { name, exact: true });
    const svg = await drawn(card);
    await clickAt(page, await rightmost(svg.locator(':scope > g > path[d$="Z"]:not([fill="none"])')));
    await card.getByRole('region').waitFor();
    const link = page.url();
    expect(quoteOf(page)).toMatch(/@\d{4}(-\S+)?$/);
    await page.context().close();

    const fresh = await h.newPage();
    await fresh.goto(link);
    const region = fresh.getByRole('figure', { name, exact: true }).getByRole('region');
    await region.waitFor();
    await fresh.waitForLoadState('networkidle');
    // Content rendered later above the card (tables, other charts) must not push it off the screen.
    await fresh.waitForTimeout(500);
    expect(await inViewport(fresh, region)).toBe(true);
    expect(await focused(region)).toBe(true);
    // Once: scrolling away afterwards is the reader's choice, and re-renders do not pull the page back.
    await fresh.mouse.wheel(0, -2000);
    await fresh.getByRole('button', { name: 'Dark' }).click();
    await fresh.waitForTimeout(300);
    expect(await inViewport(fresh, region)).toBe(false);
    await fresh.context().close();
  });
});

describe('following a link inside the page, and coming Back', () => {
  it('a data-note marker opens its note in view and focused; Back returns to where the reader was', async () => {
    const page = await h.newPage({ width: 1280, height: 900 });
    await page.goto(`${h.url}/?section=economy&lang=en`);
    // The last marker of a long section: far below the first screen, among cards rendered after the first commit.
    await page.locator('main .chart-grid').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const marker = page.locator('main .note-marker a').last();
    await marker.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(3000);
    const id = (await marker.getAttribute('href'))!.split('#')[1];
    await marker.click();
    const note = page.locator(`[id="${id}"]`);
    await note.waitFor();
    await expect.poll(() => focused(note)).toBe(true);
    expect(await page.evaluate(() => Math.abs(document.activeElement!.getBoundingClientRect().top))).toBeLessThan(50);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Economy and production' }).waitFor();
    // The section renders in steps: the position comes back once the page is tall enough again.
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(before - 50);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 50);
    await page.context().close();
  });

  it('a section link in the navigation puts focus on the new section\'s heading', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/?section=overview&lang=en`);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Emissions' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Emissions' });
    await expect.poll(() => focused(heading)).toBe(true);
    await page.context().close();
  });
});
