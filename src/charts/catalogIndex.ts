/**
 * Finds a dashboard card's catalog entry. Cards know their chart by its model (a Series key, or an indicator's target
 * path); the catalog knows it by a safe id. The catalog lists its charts in the order below, so walking the same
 * models in the same order pairs each entry with its model, clash-numbered ids included, without re-deriving ids.
 */
import { CATEGORIES, type Dataset } from '../core';
import { buildCatalog, type CatalogOptions, type ChartEntry, type Labels } from './catalog';
import { targetPathKey } from './chartKeys';
import { buildSeries, targetPaths, type Series, type TargetPathModel } from './series';

export { targetPathKey };

/** The data model behind one catalog entry. */
export type ChartModel =
  | { readonly kind: 'trend'; readonly key: string; readonly series: Series }
  | { readonly kind: 'target-path'; readonly key: string; readonly path: TargetPathModel };

/**
 * Every charted model in catalog order: per group, the target paths with two or more targets, then the series with two
 * or more periods. This mirrors `buildCatalog`; a unit test checks the two agree entry by entry.
 */
export function catalogModels(data: Dataset, options: CatalogOptions = {}): ChartModel[] {
  const groups = options.groups ?? CATEGORIES.map((c) => [c]);
  return groups.flatMap((categories): ChartModel[] => [
    ...targetPaths(data, categories).filter((m) => m.rows.length >= 2)
      .map((path): ChartModel => ({ kind: 'target-path', key: targetPathKey(path.indicator.indicatorId), path })),
    ...buildSeries(data, categories).filter((s) => s.points.length >= 2)
      .map((series): ChartModel => ({ kind: 'trend', key: series.key, series })),
  ]);
}

/** A catalog entry with the model it was drawn from. */
export interface IndexedChart {
  readonly entry: ChartEntry;
  readonly model: ChartModel;
}

/** The catalog with lookups by card key and by id. */
export interface CatalogIndex {
  readonly charts: readonly IndexedChart[];
  readonly byKey: ReadonlyMap<string, IndexedChart>;
  readonly byId: ReadonlyMap<string, IndexedChart>;
}

/** Builds the catalog and pairs every entry with its model. */
export function indexCatalog(data: Dataset, labels: Labels, options: CatalogOptions = {}): CatalogIndex {
  const entries = buildCatalog(data, labels, options);
  const models = catalogModels(data, options);
  // Should the two walks ever disagree, refusing beats attaching one chart's data to another chart's title.
  if (models.length !== entries.length) throw new Error(`catalog has ${entries.length} charts but ${models.length} models`);
  const charts = entries.map((entry, i) => ({ entry, model: models[i] }));
  return {
    charts,
    byKey: new Map(charts.map((c) => [c.model.key, c])),
    byId: new Map(charts.map((c) => [c.entry.id, c])),
  };
}
