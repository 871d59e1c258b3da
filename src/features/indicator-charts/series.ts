import type { Category, DataNote, Dataset, Indicator, Observation } from '../../core';
import { periodSortKey } from '../../shared/format';

/** One indicator in one scope and one kind of period: what a single honest chart may show. */
export interface Series {
  readonly key: string;
  readonly indicator: Indicator;
  readonly scopeId: string;
  /** One observation per period, in time order; the first printed row wins where sources disagree. */
  readonly points: readonly Observation[];
  /** Every row behind the points, including second values for the same period. */
  readonly rows: readonly Observation[];
  readonly notes: readonly DataNote[];
}

const periodKind = (p: string) => (p.includes('-H') ? 'half' : p.includes('-') ? 'month' : 'year');

/**
 * Splits the observations of the given categories into chartable series. Years, half-years and months never share a
 * chart, and neither do scopes: a half-year beside full years, or a subsidiary beside the group, would mislead.
 */
export function buildSeries(data: Dataset, categories: readonly Category[]): Series[] {
  const out: Series[] = [];
  for (const indicator of data.indicators.filter((i) => categories.includes(i.category))) {
    const obs = data.observations.filter((o) => o.indicatorId === indicator.indicatorId);
    const groups = new Map<string, Observation[]>();
    for (const o of obs) {
      const k = `${o.scopeId}|${periodKind(o.period)}`;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    const notes = data.notes.filter((n) => n.indicatorIds.includes(indicator.indicatorId));
    for (const [k, rows] of groups) {
      const byPeriod = new Map<string, Observation>();
      for (const o of rows) if (!byPeriod.has(o.period)) byPeriod.set(o.period, o);
      const points = [...byPeriod.values()].sort((a, b) => periodSortKey(a.period) - periodSortKey(b.period));
      out.push({ key: `${indicator.indicatorId}|${k}`, indicator, scopeId: rows[0].scopeId, points, rows, notes });
    }
  }
  return out;
}
