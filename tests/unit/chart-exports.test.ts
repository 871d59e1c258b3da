import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildCatalog, chartId } from '../../src/charts/catalog';
import { indexCatalog } from '../../src/charts/catalogIndex';
import { EXPORT_LAYOUT, EXPORT_PIXELS } from '../../src/charts/decorate';
import { chartSvg, onScreenLayout, safeFamily, withFont } from '../../src/charts/exportSvg';
import { makeLabels } from '../../src/cli/export';
import { DATA_FILES, loadDataset, type Dataset } from '../../src/core';
import { attr, embedSnippet } from '../../src/shared/EmbedDialog';
import { SHARE_TEXT } from '../../src/shared/shareText';

const root = join(__dirname, '../..');
const { dataset } = loadDataset(Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(root, 'data', f))])));
const index = indexCatalog(dataset, makeLabels('en'));
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('catalog index', () => {
  it('pairs every catalog entry with the model it was drawn from, in order', () => {
    expect(index.charts.map((c) => c.entry.id)).toEqual(buildCatalog(dataset, makeLabels('en')).map((e) => e.id));
    for (const { entry, model } of index.charts) {
      const expected = model.kind === 'trend'
        ? chartId(model.series.indicator.indicatorId, model.series.scopeId, model.series.kind)
        : chartId(model.path.indicator.indicatorId, 'targets');
      expect(entry.id).toBe(expected);
      expect(entry.indicatorId).toBe(model.kind === 'trend' ? model.series.indicator.indicatorId : model.path.indicator.indicatorId);
    }
    expect(index.byKey.get('energy_consumption_total|group|year')?.entry.id).toBe('energy-consumption-total--group--year');
    expect(index.byId.size).toBe(index.charts.length);
  });

  it('keeps clash-numbered ids attached to the right chart', () => {
    const ind = dataset.indicators.find((i) => i.indicatorId === 'alumina_output')!;
    const obs = dataset.observations.filter((o) => o.indicatorId === 'alumina_output');
    const twin = (id: string, name: string) => ({ ind: { ...ind, indicatorId: id, nameEn: name }, obs: obs.map((o) => ({ ...o, indicatorId: id })) });
    const [a, b] = [twin('x_y', 'first'), twin('x__y', 'second')];
    const data: Dataset = { ...dataset, indicators: [a.ind, b.ind], observations: [...a.obs, ...b.obs], targets: [], notes: [] };
    const i = indexCatalog(data, makeLabels('en'));
    expect(i.byKey.get('x__y|group|year')?.entry).toMatchObject({ id: 'x-y--group--year-2', title: 'second' });
  });
});

describe('share text', () => {
  it('has the same keys and placeholders in Chinese and English', () => {
    expect(keys(SHARE_TEXT.zh).sort()).toEqual(keys(SHARE_TEXT.en).sort());
    const get = (o: object, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
    for (const k of keys(SHARE_TEXT.en)) expect(placeholders(get(SHARE_TEXT.zh, k)), k).toEqual(placeholders(get(SHARE_TEXT.en, k)));
  });
});

describe('exported SVG', () => {
  const entry = index.byId.get('alumina-energy-intensity--targets')!.entry;
  const parse = (svg: string) => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

  it('is well-formed, slide-sized, carries title, unit, sources and notes, and has no script', () => {
    const doc = parse(chartSvg(entry, { theme: 'light', layout: EXPORT_LAYOUT, pixels: EXPORT_PIXELS, fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif' }));
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('1920');
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 960 540');
    const text = doc.documentElement.textContent ?? '';
    for (const line of [entry.title, entry.subtitle, ...entry.sources]) expect(text).toContain(line);
    expect(doc.querySelectorAll('script, foreignObject').length).toBe(0);
  });

  it('keeps payload titles as text and draws no background when transparent', () => {
    const payload = { ...entry, title: '</text><script>alert(1)</script>' };
    const svg = chartSvg(payload, { theme: 'dark', layout: EXPORT_LAYOUT, pixels: EXPORT_PIXELS, transparent: true });
    const doc = parse(svg);
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(doc.documentElement.textContent).toContain(payload.title);
    expect(svg).not.toContain('#0f1115');
  });

  it('replaces every font and keeps family lists from breaking out of an attribute', () => {
    expect(withFont({ a: { fontFamily: 'x', b: [{ fontFamily: 'y' }] }, f: Math.max }, 'z')).toEqual({ a: { fontFamily: 'z', b: [{ fontFamily: 'z' }] }, f: Math.max });
    expect(safeFamily('system-ui, "Noto Sans CJK SC", "微软雅黑", sans-serif')).toBe("system-ui, 'Noto Sans CJK SC', '微软雅黑', sans-serif");
    expect(safeFamily('a"><script>')).toBe("a'script");
  });

  it('lays a 3x image out at the on-screen width, with room for title and footer on top of the chart height', () => {
    const layout = onScreenLayout(entry, { width: 612.4, height: 320 }, 'light');
    expect(layout.width).toBe(612);
    expect(layout.height).toBeGreaterThan(320 + 100);
    expect(onScreenLayout(entry, { width: 100, height: 50 }, 'light').width).toBe(240);
  });
});

describe('embed code', () => {
  it('escapes the title and the address for an HTML attribute', () => {
    expect(attr(`a"b<c>&d`)).toBe('a&quot;b&lt;c&gt;&amp;d');
    const code = embedSnippet({ id: 'x--group--year', title: '"><script>alert(1)</script>', lang: 'en', theme: 'dark', resize: true, base: 'https://esg.example.org/app/' });
    expect(code).toBe(
      '<iframe src="https://esg.example.org/app/embed/x--group--year?lang=en&amp;theme=dark" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" '
      + 'width="100%" height="480" style="border:0" loading="lazy" data-esg-embed></iframe>\n'
      + '<script src="https://esg.example.org/app/embed-resize.js" defer></script>',
    );
    expect(embedSnippet({ id: 'x', title: 't', lang: 'zh', theme: 'light', resize: false, base: 'http://h/' })).not.toContain('<script');
  });
});
