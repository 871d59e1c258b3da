/**
 * The rows of the embed page's table: every number its chart plots, in the chart's order and words. Pure (no DOM), so
 * a unit test can hold the rows against the ECharts option number by number.
 */
import { commaList, scopeName, type Dataset } from '../core';
import { trendPoints, type Labels } from '../charts/catalog';
import type { ChartModel } from '../charts/catalogIndex';
import type { TargetPathModel } from '../charts/series';
import { comparatorSign } from '../shared/format';

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
