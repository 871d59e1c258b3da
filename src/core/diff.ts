/**
 * What publishing a set of edited files would change: observation values and targets added, changed and removed,
 * grouped by indicator so the CSR team can check each figure they touched and spot the ones they did not mean to.
 */
import type { Dataset, Observation, Target } from './contract';

/** A row present on both sides whose content differs; `fields` are the CSV column names that changed. */
export interface RowChange<T> {
  readonly before: T;
  readonly after: T;
  readonly fields: readonly string[];
}

/** Rows only in the new data, in both but different, and only in the old data. */
export interface RowsDiff<T> {
  readonly added: readonly T[];
  readonly changed: readonly RowChange<T>[];
  readonly removed: readonly T[];
}

/** Every change that concerns one indicator. */
export interface IndicatorDiff {
  readonly indicatorId: string;
  readonly observations: RowsDiff<Observation>;
  readonly targets: RowsDiff<Target>;
}

/** The whole comparison: indicators with at least one change, and totals over all of them. */
export interface DatasetDiff {
  readonly indicators: readonly IndicatorDiff[];
  readonly totals: { readonly added: number; readonly changed: number; readonly removed: number };
}

/** The unique key of an observation (data/README.md): indicator_id + period + scope_id + source_id + locator. */
export function observationKey(o: Observation): string {
  // NUL cannot occur in a validated cell (control characters are refused), so the joined key is unambiguous.
  return [o.indicatorId, o.period, o.scopeId, o.sourceId, o.locator].join('\u0000');
}

type Compared<T> = ReadonlyArray<readonly [column: string, get: (r: T) => string]>;

// Columns compared beyond the key; `value` compares the printed text, so 130.9 -> 130.90 (a new decimal) counts.
const OBSERVATION_FIELDS: Compared<Observation> = [
  ['value', (o) => o.valueText], ['status', (o) => o.status], ['quote', (o) => o.quote],
  ['note_zh', (o) => o.noteZh], ['note_en', (o) => o.noteEn],
];
const TARGET_FIELDS: Compared<Target> = [
  ['indicator_id', (t) => t.indicatorId], ['scope_id', (t) => t.scopeId], ['period', (t) => t.period],
  ['comparator', (t) => t.comparator], ['value', (t) => t.valueText], ['unit', (t) => t.unit], ['level', (t) => t.level],
  ['source_id', (t) => t.sourceId], ['locator', (t) => t.locator], ['quote', (t) => t.quote],
  ['note_zh', (t) => t.noteZh], ['note_en', (t) => t.noteEn],
];

/** Diffs two row lists by key. The first row of a repeated key wins, as in `loadDataset`. */
function diffRows<T>(before: readonly T[], after: readonly T[], key: (r: T) => string, compared: Compared<T>): RowsDiff<T> {
  const old = new Map<string, T>();
  for (const r of before) if (!old.has(key(r))) old.set(key(r), r);
  const seen = new Set<string>();
  const added: T[] = [];
  const changed: RowChange<T>[] = [];
  for (const r of after) {
    const k = key(r);
    if (seen.has(k)) continue;
    seen.add(k);
    const was = old.get(k);
    if (was === undefined) {
      added.push(r);
      continue;
    }
    const fields = compared.filter(([, get]) => get(was) !== get(r)).map(([column]) => column);
    if (fields.length > 0) changed.push({ before: was, after: r, fields });
  }
  const removed = [...old].filter(([k]) => !seen.has(k)).map(([, r]) => r);
  return { added, changed, removed };
}

/** Splits a diff by indicator; `indicatorOf` decides the group of each row (the new side for changes). */
function byIndicator<T>(d: RowsDiff<T>, indicatorOf: (r: T) => string): Map<string, RowsDiff<T>> {
  const out = new Map<string, { added: T[]; changed: RowChange<T>[]; removed: T[] }>();
  const group = (id: string) => {
    let g = out.get(id);
    if (!g) out.set(id, (g = { added: [], changed: [], removed: [] }));
    return g;
  };
  for (const r of d.added) group(indicatorOf(r)).added.push(r);
  for (const c of d.changed) group(indicatorOf(c.after)).changed.push(c);
  for (const r of d.removed) group(indicatorOf(r)).removed.push(r);
  return out;
}

const EMPTY = { added: [], changed: [], removed: [] } as const;

/**
 * Compares the published dataset with a previewed one: observations by their unique key, targets by `target_id`.
 * Indicators are listed in the order of the new indicators file, then any that exist only in the old one. Pure.
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const obs = byIndicator(diffRows(before.observations, after.observations, observationKey, OBSERVATION_FIELDS), (o) => o.indicatorId);
  const tgt = byIndicator(diffRows(before.targets, after.targets, (t) => t.targetId, TARGET_FIELDS), (t) => t.indicatorId);
  const order = [...after.indicators, ...before.indicators].map((i) => i.indicatorId);
  // Rows may name an indicator missing from both files (they are then dropped with an issue, but be safe).
  const ids = [...new Set([...order, ...obs.keys(), ...tgt.keys()])];
  const indicators: IndicatorDiff[] = ids
    .filter((id) => obs.has(id) || tgt.has(id))
    .map((indicatorId) => ({ indicatorId, observations: obs.get(indicatorId) ?? EMPTY, targets: tgt.get(indicatorId) ?? EMPTY }));
  const count = (pick: (d: RowsDiff<unknown>) => readonly unknown[]) =>
    indicators.reduce((n, i) => n + pick(i.observations).length + pick(i.targets).length, 0);
  return {
    indicators,
    totals: { added: count((d) => d.added), changed: count((d) => d.changed), removed: count((d) => d.removed) },
  };
}
