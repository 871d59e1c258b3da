import type { Dataset, Indicator, Observation } from '../../core';
import { periodSortKey, scaledUnit } from '../../shared/format';

/** Indicators a stakeholder looks for first, in card order; missing ids are skipped, never invented. */
export const HEADLINE_IDS = [
  'energy_consumption_total', 'so2_emissions_vs_2010_pct', 'nox_emissions_vs_2010_pct', 'water_reuse_rate',
  'employee_fatalities', 'production_safety_accidents', 'donations_total', 'taxes_paid', 'operating_revenue',
  'alumina_output', 'primary_aluminium_output', 'mine_reclamation_new_area',
] as const;

/** A headline card's data: the latest yearly group figure, the one before it, and the series for the sparkline. */
export interface Headline {
  readonly indicator: Indicator;
  /** The indicator's unit code with the English scale of its group's yearly chart, so the card reads as the chart does. */
  readonly unit: string;
  readonly series: readonly Observation[];
  readonly latest: Observation;
  readonly previous: Observation | null;
}

/** Picks headline figures: yearly, group-wide, one value per year (first printed row wins). */
export function headlines(data: Dataset, ids: readonly string[] = HEADLINE_IDS): Headline[] {
  const out: Headline[] = [];
  for (const id of ids) {
    const indicator = data.indicators.find((i) => i.indicatorId === id);
    if (!indicator) continue;
    const byYear = new Map<string, Observation>();
    // Every row, second printings included: the chart's scale is chosen from all the rows its table shows.
    const rows = data.observations.filter((o) => o.indicatorId === id && o.scopeId === 'group' && /^\d{4}$/.test(o.period));
    for (const o of rows) if (!byYear.has(o.period)) byYear.set(o.period, o);
    const series = [...byYear.values()].sort((a, b) => periodSortKey(a.period) - periodSortKey(b.period));
    if (series.length === 0) continue;
    out.push({ indicator, unit: scaledUnit(indicator.unit, rows.map((o) => o.valueText)), series, latest: series[series.length - 1], previous: series.length > 1 ? series[series.length - 2] : null });
  }
  return out;
}
