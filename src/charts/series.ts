/**
 * Which charts the data allow: the one place that splits observations into honest series and picks the baseline of a
 * target path. The dashboard cards, the export CLI and (later) embeds all draw from these, so an image never shows a
 * grouping the page would not.
 */
import {
  comparePeriods, compareText, periodEnd, periodKind, type Category, type DataNote, type Dataset, type Indicator, type Observation,
  type PeriodKind, type Target,
} from '../core';
import { scaledUnit } from '../core/convert';

/** One indicator in one scope and one kind of period: what a single honest chart may show. */
export interface Series {
  /** `indicator|scope|kind`, unique per series (the same key the dashboard cards use). */
  readonly key: string;
  /** The indicator, its unit code carrying the English scale of every row (see {@link inUnit}). */
  readonly indicator: Indicator;
  readonly scopeId: string;
  readonly kind: PeriodKind;
  /** One observation per period, in time order; the first printed row wins where sources disagree. */
  readonly points: readonly Observation[];
  /** Every row behind the points, including second values for the same period. */
  readonly rows: readonly Observation[];
  readonly notes: readonly DataNote[];
}

/**
 * The indicator or target as one chart shows it: with `unit`, the unit code carrying the English scale of all the
 * values the chart, its table, sentence and CSV show (`scaledUnit`), so they all say "148 million t … 356 million t"
 * and none says "0.148 billion t" beside them. The same object when the code is unchanged.
 */
export const inUnit = <T extends { readonly unit: string }>(item: T, unit: string): T => (unit === item.unit ? item : { ...item, unit });

/**
 * The unit code of an indicator's target path, its table and its sentence: the scale of every actual it marks and
 * every milestone ({@link inUnit}).
 */
export const targetPathUnit = (indicator: Indicator, actuals: readonly Observation[], targets: readonly Target[]): string =>
  scaledUnit(indicator.unit, [...actuals, ...targets].map((x) => x.valueText));

// A malformed period cannot pass validation; 'year' only keeps the type total.
const kindOf = (p: string): PeriodKind => periodKind(p) ?? 'year';

/** The data notes that name an indicator. */
export const notesOf = (data: Dataset, indicatorId: string): DataNote[] =>
  data.notes.filter((n) => n.indicatorIds.includes(indicatorId));

/**
 * Splits the observations of the given categories into chartable series. Years, half-years and months never share a
 * chart, and neither do scopes: a half-year beside full years, or a subsidiary beside the group, would mislead.
 * Series come in indicator file order, then in order of first appearance; the indicators named in `also` (of other
 * categories) follow in the order given.
 */
export function buildSeries(data: Dataset, categories: readonly Category[], also: readonly string[] = []): Series[] {
  const out: Series[] = [];
  const wanted = [
    ...data.indicators.filter((i) => categories.includes(i.category)),
    ...also.flatMap((id) => data.indicators.filter((i) => i.indicatorId === id && !categories.includes(i.category))),
  ];
  for (const indicator of wanted) {
    const groups = new Map<string, Observation[]>();
    for (const o of data.observations) {
      if (o.indicatorId !== indicator.indicatorId) continue;
      const k = `${o.scopeId}|${kindOf(o.period)}`;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    const notes = notesOf(data, indicator.indicatorId);
    for (const [k, rows] of groups) {
      const byPeriod = new Map<string, Observation>();
      for (const o of rows) if (!byPeriod.has(o.period)) byPeriod.set(o.period, o);
      // All points share one kind here, so time order is simply comparePeriods order.
      const points = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
      out.push({ key: `${indicator.indicatorId}|${k}`, indicator: inUnit(indicator, scaledUnit(indicator.unit, rows.map((o) => o.valueText))), scopeId: rows[0].scopeId, kind: kindOf(rows[0].period), points, rows, notes });
    }
  }
  return out;
}

/**
 * The figure a plan measures a target from: the latest observation that ends before the target's deadline, of the
 * target's own scope when there is one, else of any scope (the caller must then say the scopes differ).
 */
export function planBaseline(observations: readonly Observation[], target: Target): Observation | null {
  const deadline = periodEnd(target.period) ?? -Infinity;
  const before = observations.filter((o) => o.indicatorId === target.indicatorId && (periodEnd(o.period) ?? Infinity) < deadline);
  const sameScope = before.filter((o) => o.scopeId === target.scopeId);
  const pool = sameScope.length > 0 ? sameScope : before;
  return [...pool].sort((a, b) => comparePeriods(a.period, b.period)).at(-1) ?? null;
}

/** The targets of one indicator as a path chart sees them. */
export interface TargetPathModel {
  readonly indicator: Indicator;
  /** Targets by scope, then deadline, each with its plan baseline; units as in `indicator`. */
  readonly rows: ReadonlyArray<{ readonly target: Target; readonly baseline: Observation | null }>;
  /** The baseline the paths start from: that of the first row that has one. */
  readonly baseline: Observation | null;
  /** Target scopes, in row order. */
  readonly scopes: readonly string[];
  /** Every observation of the indicator (all scopes): the chart's actual markers. */
  readonly actuals: readonly Observation[];
  /** True when some target's baseline belongs to another scope than the target. */
  readonly crossesScope: boolean;
}

/** One model per indicator of the given categories that has at least one target. */
export function targetPaths(data: Dataset, categories: readonly Category[]): TargetPathModel[] {
  const out: TargetPathModel[] = [];
  for (const indicator of data.indicators.filter((i) => categories.includes(i.category))) {
    const targets = data.targets.filter((t) => t.indicatorId === indicator.indicatorId);
    if (targets.length === 0) continue;
    const actuals = data.observations.filter((o) => o.indicatorId === indicator.indicatorId);
    // The sentence reads each milestone's own unit, so targets carry the path's scale too.
    const unit = targetPathUnit(indicator, actuals, targets);
    const rows = targets.map((target) => ({ target: inUnit(target, unit), baseline: planBaseline(actuals, target) }))
      .sort((a, b) => compareText(a.target.scopeId, b.target.scopeId) || comparePeriods(a.target.period, b.target.period));
    out.push({
      indicator: inUnit(indicator, unit),
      rows,
      baseline: rows.find((r) => r.baseline)?.baseline ?? null,
      scopes: [...new Set(rows.map((r) => r.target.scopeId))],
      actuals,
      crossesScope: rows.some((r) => r.baseline !== null && r.baseline.scopeId !== r.target.scopeId),
    });
  }
  return out;
}

/**
 * Every year from the first to the last point of a yearly series, with `blank(year)` where the data have none, so a
 * gap in the data shows as a gap on the axis, never hidden. Other series come back unchanged.
 */
export function withEveryYear<P extends { period: string }>(points: readonly P[], blank: (year: string) => P): P[] {
  if (points.length < 2 || !points.every((p) => /^\d{4}$/.test(p.period))) return [...points];
  const byYear = new Map(points.map((p) => [p.period, p]));
  const first = Number(points[0].period);
  const last = Number(points[points.length - 1].period);
  return Array.from({ length: last - first + 1 }, (_, i) => byYear.get(String(first + i)) ?? blank(String(first + i)));
}

/**
 * The same target paths narrowed to one scope's targets (for an embed that shows, say, new plants only); null when
 * that scope has no target for the indicator. The baseline is picked again from the remaining rows.
 */
export function scopedTargetPath(m: TargetPathModel, scopeId: string): TargetPathModel | null {
  const rows = m.rows.filter((r) => r.target.scopeId === scopeId);
  if (rows.length === 0) return null;
  return {
    ...m,
    rows,
    baseline: rows.find((r) => r.baseline)?.baseline ?? null,
    scopes: [scopeId],
    crossesScope: rows.some((r) => r.baseline !== null && r.baseline.scopeId !== r.target.scopeId),
  };
}
