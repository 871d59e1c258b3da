import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetPathEntry } from '../../src/charts/catalog';
import { indexCatalog } from '../../src/charts/catalogIndex';
import { scopedTargetPath } from '../../src/charts/series';
import { makeLabels } from '../../src/cli/export';
import { DATA_FILES, loadDataset, type DataFiles } from '../../src/core';
import { plottedRows } from '../../src/embed/plotted';

const ROOT = join(__dirname, '../..');
const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
const { dataset } = loadDataset(files);

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
  });
});
