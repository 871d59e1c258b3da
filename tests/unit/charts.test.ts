import { describe, expect, it } from 'vitest';
import { PALETTE, PLAN_COLOURS, THEME_COLOURS } from '../../src/charts/palette';
import { targetPathOption } from '../../src/charts/targetPath';
import { judge, labelledCategories, trendOption, type TrendInput } from '../../src/charts/trend';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSeries } from '../../src/charts/series';
import { CATEGORIES, DATA_FILES, loadDataset } from '../../src/core';
import { SECTIONS } from '../../src/app/sections';

const input = (direction: TrendInput['direction'], values: number[]): TrendInput => ({
  name: '<b>x</b>', unit: 't', direction, theme: 'light', decal: false,
  words: { better: 'better', worse: 'worse', unchanged: 'same', neutral: '' },
  points: values.map((v, i) => ({ period: String(2018 + i), label: String(2018 + i), value: v, display: String(v) })),
});
const colours = (o: ReturnType<typeof trendOption>) => o.series[0].data.map((d) => d.itemStyle.color);

describe('trend chart options', () => {
  it.each([
    ['lower_better', [10, 12, 11], [PALETTE.neutral, PALETTE.worse, PALETTE.better]],
    ['higher_better', [10, 12, 11], [PALETTE.neutral, PALETTE.better, PALETTE.worse]],
    ['neutral', [10, 12, 11], [PALETTE.neutral, PALETTE.neutral, PALETTE.neutral]],
    ['lower_better', [5, 5], [PALETTE.neutral, PALETTE.neutral]],
  ] as const)('%s %j: a worsening step is coloured worse', (direction, values, expected) => {
    expect(colours(trendOption(input(direction, [...values])))).toEqual(expected);
  });

  it('draws bars from zero, names the unit, shows every period and never renders tooltip HTML', () => {
    const o = trendOption(input('lower_better', [2384.88, 2866.31, 2902.17]));
    expect(o.series[0].type).toBe('bar');
    expect(o.yAxis.scale).toBe(false);
    expect(o.yAxis.name).toBe('t');
    expect(o.xAxis.data).toEqual(['2018', '2019', '2020']);
    expect(o.tooltip.renderMode).toBe('richText');
    expect(o.tooltip.formatter({ dataIndex: 1 })).toBe('2019: 2866.31 t\nworse');
    // In Chinese the tooltip takes the full-width colon, as the tables and quote boxes do.
    expect(trendOption({ ...input('lower_better', [1, 2]), lang: 'zh' }).tooltip.formatter({ dataIndex: 1 })).toBe('2019：2 t\nworse');
  });

  it('shows a missing year as an empty slot and judges across it, not against zero', () => {
    const base = input('lower_better', [10, 0, 12]);
    const o = trendOption({ ...base, points: base.points.map((p, i) => (i === 1 ? { ...p, value: null, display: 'no data' } : p)) });
    expect(o.xAxis.data).toEqual(['2018', '2019', '2020']);
    expect(o.series[0].data[1].value).toBeNull();
    expect(colours(o)).toEqual([PALETTE.neutral, PALETTE.neutral, PALETTE.worse]);
    expect(o.tooltip.formatter({ dataIndex: 1 })).toBe('2019: no data');
  });

  it('adds a distinct decal per judgement when patterns are on', () => {
    const o = trendOption({ ...input('lower_better', [3, 2, 4]), decal: true });
    const decals = o.series[0].data.map((d) => JSON.stringify((d.itemStyle as { decal?: unknown }).decal));
    expect(new Set(decals).size).toBe(3);
  });

  it('judge is antisymmetric for directional indicators', () => {
    expect(judge('lower_better', 1, 2)).toBe('worse');
    expect(judge('lower_better', 2, 1)).toBe('better');
    expect(judge('higher_better', 1, 2)).toBe('better');
  });
});

describe('target path options', () => {
  it('puts half-years at real time, draws plans dashed, marks levels by shape, and uses rich-text tooltips', () => {
    const pt = (x: number, value: number, level = '') => ({ x, value, label: String(x), display: String(value), level });
    const o = targetPathOption({
      unit: 'tce/t', theme: 'dark', levelNames: { industry_advanced: 'adv' }, yearEndLabel: (y) => `end ${y - 1}`,
      actuals: { name: 'Actual (group)', points: [pt(2020.5, 0.352)] },
      paths: [{ name: 'Plan: new', points: [pt(2020.5, 0.352), pt(2021.5, 0.29, 'plan'), pt(2022, 0.278, 'industry_advanced')] }],
    });
    const [plan, actual] = o.series;
    expect(plan.lineStyle).toMatchObject({ type: 'dashed' });
    expect(plan.data.map((d) => (d as { symbol: string }).symbol)).toEqual(['circle', 'circle', 'diamond']);
    expect(plan.data[1].value).toEqual([2021.5, 0.29]);
    expect(actual.data[0].tooltip.formatter).toBe('Actual (group)\n2020.5: 0.352 tce/t');
    const zh = targetPathOption({
      unit: '吨标准煤/吨', theme: 'light', lang: 'zh', levelNames: {}, yearEndLabel: (y) => `${y - 1} 年末`,
      actuals: { name: '实际值：集团', points: [pt(2020.5, 0.352)] }, paths: [],
    });
    expect(zh.series[0].data[0].tooltip.formatter).toBe('实际值：集团\n2020.5：0.352 吨标准煤/吨');
    // The baseline's label sits above it and to the right, on the page's background: the plans leave the baseline to the
    // right (a label there lay on their lines, and on a phone hid the first milestone), and a point at the axis's left
    // end keeps its label clear of the axis's own labels.
    expect((actual as { label?: object }).label).toMatchObject({ show: true, position: 'top', align: 'left', backgroundColor: THEME_COLOURS.dark.background });
    expect(o.tooltip.renderMode).toBe('richText');
    expect(o.xAxis.axisLabel.formatter(2022)).toBe('end 2021');
  });

  // WCAG 2.x relative luminance and contrast ratio, written out here so the test does not trust the code it checks.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  it.each(['light', 'dark'] as const)('gives three scopes\' plans (%s) three colours, none the actuals\', each 3:1 on the background', (theme) => {
    const pt = (x: number, value: number) => ({ x, value, label: String(x), display: String(value), level: '' });
    const o = targetPathOption({
      unit: 't', theme, levelNames: {}, yearEndLabel: String,
      actuals: { name: 'Actual', points: [pt(2020, 1)] },
      paths: ['A', 'B', 'C'].map((name) => ({ name, points: [pt(2020, 1), pt(2025, 0.5)] })),
    });
    const plans = o.series.slice(0, 3).map((s) => (s as { color: string }).color);
    const actual = (o.series[3] as { color: string }).color;
    expect(new Set(plans).size).toBe(3);
    expect(plans).not.toContain(actual);
    for (const colour of [...plans, actual]) expect(contrast(colour, THEME_COLOURS[theme].background), colour).toBeGreaterThanOrEqual(3);
  });
});

describe('trend chart axes', () => {
  const labelled = (n: number) => Array.from({ length: n }, (_, i) => i).filter(labelledCategories(n));
  it.each([
    [3, [0, 1, 2]],
    [8, [0, 1, 2, 3, 4, 5, 6, 7]],
    // 2001-2020: 2001, 2010, 2015 and 2020, about 57 px apart on a 360 px phone; the latest year is always named.
    [20, [0, 9, 14, 19]],
    [10, [0, 3, 6, 9]],
  ])('of %i periods, labels %j', (n, indices) => {
    expect(labelled(n)).toEqual(indices);
  });

  it('uses whole-number ticks for whole numbers only, and draws a zero as a sliver, not as nothing', () => {
    const counts = trendOption(input('lower_better', [0, 0, 0]));
    expect(counts.yAxis.minInterval).toBe(1);
    expect(counts.series[0].barMinHeight).toBe(2);
    expect(trendOption(input('lower_better', [0.5, 1, 2])).yAxis.minInterval).toBeUndefined();
    expect(counts.xAxis.axisLabel.interval(2)).toBe(true);
  });

  it.each([
    [-20, '−20'],
    [13000, '13,000'],
    [0.30000000000000004, '0.3'],
    [-0.25, '−0.25'],
  ])('labels the value axis tick %d as %s (grouped, minus sign, no binary noise)', (v, text) => {
    expect(trendOption(input('lower_better', [-20, 5, 13000])).yAxis.axisLabel.formatter(v)).toBe(text);
  });
});

describe('target path options: what a chart without actual figures shows', () => {
  const pt = (x: number, value: number) => ({ x, value, label: String(x), display: String(value), level: '' });
  const o = targetPathOption({
    unit: 't', theme: 'light', levelNames: {}, yearEndLabel: String,
    actuals: { name: 'Actual ()', points: [] },
    paths: [{ name: 'Plan: Huayu', points: [pt(2021, 3000), pt(2022, 3000)] }, { name: 'Plan: Guangxi', points: [pt(2021, 10000)] }],
  });
  it('has no actual series, so no empty legend entry', () => {
    expect(o.series.map((x) => x.name)).toEqual(['Plan: Huayu', 'Plan: Guangxi']);
  });
  it('groups thousands on the value axis and keeps the lowest milestone off the axis line', () => {
    expect(o.yAxis.axisLabel.formatter(13066)).toBe('13,066');
    expect(o.yAxis.axisLabel.formatter(0.35200000000000004)).toBe('0.352');
    expect(o.yAxis.boundaryGap).toEqual(['8%', '8%']);
  });
});

describe('sections', () => {
  it('every category belongs to exactly one section, so every indicator appears somewhere', () => {
    for (const c of CATEGORIES) expect(SECTIONS.filter((s) => s.categories.includes(c)), c).toHaveLength(1);
  });

  const { dataset } = loadDataset(Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')])));

  it('charts what the issue lists under Community: donations and taxes, though taxes are filed under economy', () => {
    const community = SECTIONS.find((s) => s.id === 'community')!;
    expect(community.also).toEqual(['taxes_paid']);
    const keys = buildSeries(dataset, community.categories, community.also).filter((s) => s.points.length >= 2).map((s) => s.key);
    expect(keys).toEqual(['donations_total|group|year', 'taxes_paid|group|year']);
  });

  it('names in `also` only indicators of other sections\' categories, which keep them too, once', () => {
    for (const s of SECTIONS) {
      for (const id of s.also ?? []) {
        const ind = dataset.indicators.find((i) => i.indicatorId === id);
        expect(ind, id).toBeDefined();
        expect(s.categories, id).not.toContain(ind!.category);
        const home = SECTIONS.find((h) => h.categories.includes(ind!.category))!;
        expect(buildSeries(dataset, home.categories, [id]).filter((x) => x.indicator.indicatorId === id)).toHaveLength(
          buildSeries(dataset, home.categories).filter((x) => x.indicator.indicatorId === id).length);
      }
    }
  });
});

describe('HTML legend for on-screen charts', () => {
  it('lists the series of an option that asks for a legend, with dashed plans and point-only actuals', async () => {
    const { legendItems } = await import('../../src/charts/ChartLegend');
    const pt = (x: number, value: number) => ({ x, value, label: String(x), display: String(value), level: '' });
    const o = targetPathOption({
      unit: 't', theme: 'light', levelNames: {}, yearEndLabel: String,
      actuals: { name: 'Actual', points: [pt(2020.5, 1)] }, paths: [{ name: 'Plan', points: [pt(2020.5, 1), pt(2022, 0.9)] }],
    });
    expect(legendItems(o as never)).toEqual([
      { name: 'Plan', color: PLAN_COLOURS.light[0], dashed: true, line: true },
      { name: 'Actual', color: PALETTE.baseline, dashed: false, line: false },
    ]);
    expect(legendItems(trendOption(input('neutral', [1, 2])) as never)).toEqual([]);
  });

  it('drops the ECharts legend and the room kept for it where the legend is HTML, leaving other options as they are', async () => {
    const { withoutLegend } = await import('../../src/charts/ChartLegend');
    const option = { legend: { bottom: 0 }, grid: { left: 40, bottom: 48 }, series: [] };
    expect(withoutLegend(option)).toEqual({ grid: { left: 40, bottom: 8 }, series: [] });
    expect(option.legend).toEqual({ bottom: 0 });
    const plain = { grid: { bottom: 30 } };
    expect(withoutLegend(plain)).toBe(plain);
  });
});
