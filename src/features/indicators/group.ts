import { CATEGORIES, type Category, type Dataset, type Indicator, type Observation } from '../../core';
import { periodSortKey } from '../../shared/format';

/** One table row: an indicator in one scope, with its observations by period (several when sources disagree). */
export interface IndicatorRow {
  readonly indicator: Indicator;
  readonly scopeId: string;
  readonly byPeriod: ReadonlyMap<string, readonly Observation[]>;
  readonly observations: readonly Observation[];
}

/** One category's table: its period columns in time order and its rows in file order. */
export interface CategoryTable {
  readonly category: Category;
  readonly periods: readonly string[];
  readonly rows: readonly IndicatorRow[];
}

/**
 * Groups the dataset into one table per category. Every indicator appears, even one without observations, so that
 * nothing is left out silently.
 */
export function groupByCategory(data: Dataset): CategoryTable[] {
  const obsByIndicator = new Map<string, Observation[]>();
  for (const o of data.observations) {
    const list = obsByIndicator.get(o.indicatorId) ?? [];
    list.push(o);
    obsByIndicator.set(o.indicatorId, list);
  }
  return CATEGORIES.map((category) => {
    const indicators = data.indicators.filter((i) => i.category === category);
    const rows: IndicatorRow[] = [];
    const periods = new Set<string>();
    for (const indicator of indicators) {
      const obs = obsByIndicator.get(indicator.indicatorId) ?? [];
      const scopes = [...new Set(obs.map((o) => o.scopeId))];
      if (scopes.length === 0) rows.push({ indicator, scopeId: '', byPeriod: new Map(), observations: [] });
      for (const scopeId of scopes) {
        const mine = obs.filter((o) => o.scopeId === scopeId);
        const byPeriod = new Map<string, Observation[]>();
        for (const o of mine) {
          periods.add(o.period);
          byPeriod.set(o.period, [...(byPeriod.get(o.period) ?? []), o]);
        }
        rows.push({ indicator, scopeId, byPeriod, observations: mine });
      }
    }
    return { category, rows, periods: [...periods].sort((a, b) => periodSortKey(a) - periodSortKey(b)) };
  }).filter((t) => t.rows.length > 0);
}
