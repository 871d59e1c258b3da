import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetPathEntry } from '../../src/charts/catalog';
import { indexCatalog } from '../../src/charts/catalogIndex';
import { scopedTargetPath } from '../../src/charts/series';
import { makeLabels } from '../../src/cli/export';
import { DATA_FILES, loadDataset, type DataFiles, type Lang } from '../../src/core';
import { plottedRows, plottedTable, type TableWord } from '../../src/embed/plotted';
import { en } from '../../src/shared/locales/en';
import { zh } from '../../src/shared/locales/zh';

const ROOT = join(__dirname, '../..');
const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
const { dataset } = loadDataset(files);

/** The table's header words, as the embed page looks them up in the dashboard's interface text. */
const wordsIn = (lang: Lang) => (key: TableWord): string => {
  const ui = lang === 'zh' ? zh : en;
  return { 'chart.period': ui.chart.period, 'progress.point': ui.progress.point, 'chart.value': ui.chart.value }[key];
};
/** A separator set apart by spaces (" · "): English joins the parts of a label with it, Chinese text never does. */
const SPACED_DOT = /\s·|·\s/;

type Datum = { value: number | null | readonly [number, number] };
/** The y values an ECharts option plots, series by series, in data order (a trend's empty years left out). */
const plottedIn = (option: { series: ReadonlyArray<{ name?: string; data: readonly Datum[] }> }) =>
  option.series.flatMap((s) => s.data.flatMap((d) => (d.value === null ? [] : [{ series: s.name ?? '', y: Array.isArray(d.value) ? d.value[1] : d.value as number }])));

describe('the embed page\'s table of plotted values', () => {
  it.each(['en', 'zh'] as const)('lists exactly the numbers each chart plots, in its order and under its series names (%s)', (lang) => {
    const labels = makeLabels(lang);
    const { charts } = indexCatalog(dataset, labels);
    expect(charts.length).toBeGreaterThan(10);
    for (const { entry, model } of charts) {
      const rows = plottedRows(dataset, model, labels);
      const plotted = plottedIn(entry.option as never);
      expect(rows.map((r) => r.plotted), entry.id).toEqual(plotted.map((p) => p.y));
      // A target path's rows name the series of their point, as the legend does; a trend has one, unnamed.
      if (entry.kind === 'target-path') expect(rows.map((r) => r.series), entry.id).toEqual(plotted.map((p) => p.series));
      else expect(new Set(rows.map((r) => r.series)), entry.id).toEqual(new Set(['']));
      for (const r of rows) expect(r.value, entry.id).not.toBe('');
    }
  });

  it.each(['en', 'zh'] as const)('words every cell of every chart\'s table: Chinese joins no parts with " · " (%s)', (lang) => {
    const labels = makeLabels(lang);
    const { charts } = indexCatalog(dataset, labels);
    let named = 0;
    for (const { entry, model } of charts) {
      const rows = plottedRows(dataset, model, labels);
      const unit = labels.unit(model.kind === 'trend' ? model.series.indicator.unit : model.path.indicator.unit);
      const { head, body } = plottedTable(rows, lang, wordsIn(lang), unit, model.kind === 'trend');
      expect(head, entry.id).toEqual([wordsIn(lang)(model.kind === 'trend' ? 'chart.period' : 'progress.point'), `${wordsIn(lang)('chart.value')}${lang === 'zh' ? `（${unit}）` : ` (${unit})`}`]);
      expect(body.map(([, value]) => value), entry.id).toEqual(rows.map((r) => r.value));
      body.forEach(([which], i) => {
        const { series, period } = rows[i];
        // Each row still says its series (where the chart has several) and its period, in that order.
        if (!series) expect(which, entry.id).toBe(period);
        else if (lang === 'en') expect(which, entry.id).toBe(`${series} · ${period}`);
        else expect([`${series} ${period}`, `${series}${period}`], entry.id).toContain(which);
        if (series) named += 1;
      });
      if (lang === 'zh') for (const cell of [...head, ...body.flat()]) expect(cell, `${entry.id}: ${cell}`).not.toMatch(SPACED_DOT);
    }
    // Not vacuous: target paths, whose rows name their series, are among the charts.
    expect(named).toBeGreaterThan(10);
  });

  it('follows a path narrowed by ?scope=, with bounds and units as printed', () => {
    const labels = makeLabels('en');
    const { model } = indexCatalog(dataset, labels).byId.get('alumina-energy-intensity--targets')!;
    if (model.kind !== 'target-path') throw new Error('not a target path');
    const narrowed = scopedTargetPath(model.path, 'new_alumina')!;
    const rows = plottedRows(dataset, model, labels, narrowed);
    expect(rows.map((r) => r.plotted)).toEqual(plottedIn(targetPathEntry(dataset, narrowed, labels).option as never).map((p) => p.y));
    expect(rows.map((r) => `${r.series} · ${r.period}: ${r.value}`)).toEqual([
      'Plan: new alumina plants · H1 2020: 0.352',
      'Plan: new alumina plants · H1 2021: ≤ 0.290',
      'Plan: new alumina plants · 2021: ≤ 0.278',
      'Plan: new alumina plants · 2025: ≤ 0.275',
      'Actual: the whole Chinalco group · H1 2020: 0.352',
    ]);
    // The same rows in Chinese: series and period read as one phrase, as in the dashboard's own table.
    const zhLabels = makeLabels('zh');
    const zhRows = plottedRows(dataset, model, zhLabels, narrowed);
    expect(plottedTable(zhRows, 'zh', wordsIn('zh'), '吨标准煤/吨', false).body.map(([which, value]) => `${which}：${value}`)).toEqual([
      '计划：新建氧化铝企业 2020 年上半年：0.352',
      '计划：新建氧化铝企业 2021 年上半年：≤ 0.290',
      '计划：新建氧化铝企业 2021 年：≤ 0.278',
      '计划：新建氧化铝企业 2025 年：≤ 0.275',
      '实际值：中铝集团整体 2020 年上半年：0.352',
    ]);
  });
});
