import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogModels } from '../../src/charts/catalogIndex';
import { DATA_FILES, loadDataset } from '../../src/core';
import { start, type Harness } from './harness';

const DATA = join(import.meta.dirname, '../../data');
const { dataset } = loadDataset(Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(DATA, f))])));
const TOTAL = catalogModels(dataset).length;

let h: Harness;
beforeAll(async () => { h = await start(); });
afterAll(async () => { await h?.close(); });

const isFullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

describe('presentation full screen', () => {
  it.each([
    ['en', 'Full screen', 'Exit full screen'],
    ['zh', '全屏', '退出全屏'],
  ])('names the button by what it does in %s: enter full screen, or leave it, also after leaving by other means', async (lang, enter, leave) => {
    const page = await h.newPage({ width: 1280, height: 720 });
    await page.goto(`${h.url}/?section=slides&lang=${lang}`);
    const controls = page.getByRole('navigation');
    await controls.getByRole('button', { name: enter, exact: true }).click();
    await expect.poll(() => isFullScreen(page)).toBe(true);
    await controls.getByRole('button', { name: leave, exact: true }).waitFor({ timeout: 5000 });
    expect(await controls.getByRole('button', { name: enter, exact: true }).count()).toBe(0);
    // Pressed again, it leaves full screen and says so.
    await controls.getByRole('button', { name: leave, exact: true }).click();
    await expect.poll(() => isFullScreen(page)).toBe(false);
    await controls.getByRole('button', { name: enter, exact: true }).waitFor({ timeout: 5000 });
    // Full screen ended by the browser (Esc, its own controls): the button follows.
    await controls.getByRole('button', { name: enter, exact: true }).click();
    await controls.getByRole('button', { name: leave, exact: true }).waitFor({ timeout: 5000 });
    await page.evaluate(() => document.exitFullscreen());
    await controls.getByRole('button', { name: enter, exact: true }).waitFor({ timeout: 5000 });
    expect(await isFullScreen(page)).toBe(false);
    await page.context().close();
  });
});

/** Where the last line of the slide's text ends, where the fixed controls begin, and the slide's and chart's boxes. */
function measure(page: Page) {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.slide-footer p, .slide-subtitle, .slide h2')].flatMap((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return [...range.getClientRects()];
    });
    const controls = document.querySelector('.slide-controls')!.getBoundingClientRect();
    const slide = document.querySelector('.slide')!.getBoundingClientRect();
    const chart = document.querySelector('.slide-chart')!.getBoundingClientRect();
    return {
      textBottom: Math.max(...lines.map((r) => r.bottom)),
      controlsTop: controls.top,
      slideBottom: slide.bottom,
      slideHeight: slide.height,
      chartHeight: chart.height,
      scrollable: document.documentElement.scrollHeight > innerHeight,
    };
  });
}

/** Moves to the next slide with the keyboard and waits until it is drawn. */
async function next(page: Page, n: number, lang: string) {
  await page.keyboard.press('ArrowRight');
  const position = lang === 'zh' ? `第 ${n} 张，共 ${TOTAL} 张` : `Chart ${n} of ${TOTAL}`;
  await page.locator('.slide-controls span[aria-hidden="true"]', { hasText: position }).waitFor();
}

describe('presentation controls never cover the slide', () => {
  // A 16:9 slide: it fills the screen and does not scroll, so its text must end above the fixed controls.
  it.each([[1280, 720, 'en'], [1280, 720, 'zh'], [1920, 1080, 'en'], [1920, 1080, 'zh']])('keeps the text of every slide above the controls at %i×%i (%s)', async (width, height, lang) => {
    const page = await h.newPage({ width, height });
    await page.goto(`${h.url}/?section=slides&lang=${lang}`);
    await page.locator('.slide .echart svg').waitFor();
    const covered: string[] = [];
    for (let n = 1; n <= TOTAL; n++) {
      if (n > 1) await next(page, n, lang);
      const m = await measure(page);
      expect(m.scrollable, `slide ${n}`).toBe(false);
      if (m.textBottom > m.controlsTop) covered.push(`slide ${n}: text ends at ${m.textBottom}, controls begin at ${m.controlsTop}`);
      // The text stays inside the slide (nothing is cut off at its foot), and the chart keeps most of the room.
      expect(m.textBottom, `slide ${n}`).toBeLessThanOrEqual(m.slideBottom);
      expect(m.chartHeight, `slide ${n}`).toBeGreaterThan(m.slideHeight * 0.35);
    }
    expect(covered).toEqual([]);
    await page.context().close();
  });

  // A phone held upright: the slide has its natural height and the page scrolls; at its end the last line is clear.
  it.each(['en', 'zh'])('lets the last line of every slide scroll clear of the controls on a phone held upright (%s)', async (lang) => {
    const page = await h.newPage({ width: 390, height: 844 });
    await page.goto(`${h.url}/?section=slides&lang=${lang}`);
    await page.locator('.slide .echart svg').waitFor();
    const covered: string[] = [];
    for (let n = 1; n <= TOTAL; n++) {
      if (n > 1) await next(page, n, lang);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const m = await measure(page);
      if (m.textBottom > m.controlsTop) covered.push(`slide ${n}: text ends at ${m.textBottom}, controls begin at ${m.controlsTop}`);
    }
    expect(covered).toEqual([]);
    await page.context().close();
  });
});

describe('presentation where full screen is not available', () => {
  it('offers no full-screen button (Safari on an iPhone cannot put a page in full screen)', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await page.addInitScript(`Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false });`);
    await page.goto(`${h.url}/?section=slides&lang=en`);
    const controls = page.getByRole('navigation');
    await controls.getByRole('button', { name: 'Next chart' }).waitFor();
    expect(await controls.getByRole('button', { name: 'Full screen' }).count()).toBe(0);
    await page.context().close();
  });
});
