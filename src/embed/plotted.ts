/**
 * The rows of the embed page's table: every number its chart plots, in the chart's order and words. Pure (no DOM), so
 * a unit test can hold the rows against the ECharts option number by number.
 */
import { commaList, inBrackets, scopeName, type Dataset, type Lang } from '../core';
import { trendPoints, type Labels } from '../charts/catalog';
import type { ChartModel } from '../charts/catalogIndex';
import type { TargetPathModel } from '../charts/series';
import { comparatorSign, whichText } from '../shared/format';

/** One plotted value: which point it is (series and period in words) and the value as the chart prints it. */
export interface PlottedRow {
  /** The series' legend name; '' for a chart of one series (a trend), whose rows need no series. */
  readonly series: string;
  /** The period in words ("H1 2020"). */
  readonly period: string;
  /** The value in the reader's unit, formatted; a milestone's carries its bound ("≤ 0.275"). */
  readonly value: string;
  /** The number as plotted (the y value of the point), for checks against the chart. */
  readonly plotted: number;
}

/**
 * A target path's rows: each plan path from its baseline through its milestones, then the actual figures, with the
 * same series names, conversions and order as `targetPathEntry` draws them (a path's baseline is plotted, and listed,
 * once per path).
 */
function pathRows(data: Dataset, m: TargetPathModel, l: Labels): PlottedRow[] {
  const unit = m.indicator.unit;
  const scope = (id: string) => scopeName(data, id, l.lang);
  const row = (series: string, period: string, valueText: string, bound = ''): PlottedRow => ({
    series, period: l.period(period), value: `${bound}${l.value(valueText, unit)}`, plotted: l.number(valueText, unit),
  });
  const b = m.baseline;
  const actualName = l.words('progress.actualSeries', { scope: commaList([...new Set(m.actuals.map((o) => o.scopeId))].map(scope), l.lang) });
  return [
    ...m.scopes.flatMap((sc) => {
      const name = l.words('progress.pathSeries', { scope: scope(sc) });
      return [
        ...(b ? [row(name, b.period, b.valueText)] : []),
        ...m.rows.filter((r) => r.target.scopeId === sc)
          .map((r) => row(name, r.target.period, r.target.valueText, `${comparatorSign(r.target.comparator)} `)),
      ];
    }),
    ...m.actuals.map((o) => row(actualName, o.period, o.valueText)),
  ];
}

/**
 * Every plotted value of a chart. A trend's years without a figure are left out: the chart draws nothing for them.
 * `path` replaces a target-path model's own (the embed's `?scope=` narrows it).
 */
export function plottedRows(data: Dataset, model: ChartModel, l: Labels, path?: TargetPathModel): PlottedRow[] {
  if (model.kind === 'target-path') return pathRows(data, path ?? model.path, l);
  return trendPoints(model.series, l).flatMap((p) => (p.value === null ? [] : [{ series: '', period: p.label, value: p.display, plotted: p.value }]));
}

/** Interface text the table needs (its header cells), looked up by the caller. */
export type TableWord = 'chart.period' | 'progress.point' | 'chart.value';

/** The table's text, cell by cell: its header row, then one row per plotted value (what it is, and the value). */
export interface PlottedTable {
  readonly head: readonly [string, string];
  readonly body: ReadonlyArray<readonly [string, string]>;
}

/**
 * The embed table's cells, worded as the dashboard's own table of plotted values (PlottedTable) words its rows:
 * a point of a named series is `whichText(series, period)`, "Plan: new alumina plants · 2021" in English and
 * "计划：新建氧化铝企业 2021 年" in Chinese, which joins no parts with " · ". `unit` is the reader's unit label.
 */
export function plottedTable(rows: readonly PlottedRow[], lang: Lang, words: (key: TableWord) => string, unit: string, trend: boolean): PlottedTable {
  return {
    head: [words(trend ? 'chart.period' : 'progress.point'), `${words('chart.value')}${inBrackets(unit, lang)}`],
    body: rows.map((r) => [r.series ? whichText(lang, r.series, r.period) : r.period, r.value] as const),
  };
}
