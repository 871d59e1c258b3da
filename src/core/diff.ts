/**
 * What publishing a set of edited files would change: observation values and targets added, changed and removed,
 * grouped by indicator so the CSR team can check each figure they touched and spot the ones they did not mean to; and
 * the rows of the files that describe them (sources, scopes, indicators, notes), whose names a wrong save can garble
 * without changing a single figure.
 */
import type { DataFileName, DataNote, Dataset, Indicator, Observation, Scope, Source, Target } from './contract';

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

/** The files whose rows describe the figures rather than hold them; compared row by row by their id. */
export const DESCRIPTIVE_FILES = ['sources.csv', 'scopes.csv', 'indicators.csv', 'notes.csv'] as const;

/** One of `DESCRIPTIVE_FILES`. */
export type DescriptiveFile = (typeof DESCRIPTIVE_FILES)[number];

/** A row of one of `DESCRIPTIVE_FILES`. */
export type DescriptiveRow = Source | Scope | Indicator | DataNote;

/** The added, changed and removed rows of one descriptive file. */
export interface FileDiff {
  readonly file: DescriptiveFile;
  readonly rows: RowsDiff<DescriptiveRow>;
}

/**
 * The whole comparison: indicators with at least one change, and totals over all of them (figures and targets only);
 * then the descriptive files with at least one change, in the order of `DESCRIPTIVE_FILES`.
 */
export interface DatasetDiff {
  readonly indicators: readonly IndicatorDiff[];
  readonly totals: { readonly added: number; readonly changed: number; readonly removed: number };
  readonly files: readonly FileDiff[];
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

const SOURCE_FIELDS: Compared<Source> = [
  ['file', (s) => s.path], ['title_zh', (s) => s.titleZh], ['title_en', (s) => s.titleEn], ['short_zh', (s) => s.shortZh],
  ['short_en', (s) => s.shortEn], ['publisher', (s) => s.publisher], ['published', (s) => s.published],
];
const SCOPE_FIELDS: Compared<Scope> = [['name_zh', (s) => s.nameZh], ['name_en', (s) => s.nameEn]];
const INDICATOR_FIELDS: Compared<Indicator> = [
  ['name_zh', (i) => i.nameZh], ['name_en', (i) => i.nameEn], ['category', (i) => i.category], ['unit', (i) => i.unit],
  ['direction', (i) => i.direction], ['gri', (i) => i.gri], ['decimals', (i) => String(i.decimals)],
  ['definition_zh', (i) => i.definitionZh], ['definition_en', (i) => i.definitionEn],
];
const NOTE_FIELDS: Compared<DataNote> = [
  ['kind', (n) => n.kind], ['indicator_ids', (n) => n.indicatorIds.join(' ')], ['title_zh', (n) => n.titleZh],
  ['title_en', (n) => n.titleEn], ['text_zh', (n) => n.textZh], ['text_en', (n) => n.textEn], ['source_id', (n) => n.sourceId],
  ['locator_a', (n) => n.locatorA], ['quote_a', (n) => n.quoteA], ['source_id_b', (n) => n.sourceIdB],
  ['locator_b', (n) => n.locatorB], ['quote_b', (n) => n.quoteB],
];

/** Per descriptive file: the dataset key of its rows, its id, and the columns compared beyond the id. */
const DESCRIPTIVE: { readonly [F in DescriptiveFile]: { readonly rows: keyof Dataset; readonly id: (r: never) => string; readonly fields: Compared<never> } } = {
  'sources.csv': { rows: 'sources', id: (s: Source) => s.sourceId, fields: SOURCE_FIELDS },
  'scopes.csv': { rows: 'scopes', id: (s: Scope) => s.scopeId, fields: SCOPE_FIELDS },
  'indicators.csv': { rows: 'indicators', id: (i: Indicator) => i.indicatorId, fields: INDICATOR_FIELDS },
  'notes.csv': { rows: 'notes', id: (n: DataNote) => n.noteId, fields: NOTE_FIELDS },
};

/** The id of a row of a descriptive file (its `source_id`, `scope_id`, `indicator_id` or `note_id`). */
export function rowId(file: DescriptiveFile, row: DescriptiveRow): string {
  return (DESCRIPTIVE[file].id as (r: DescriptiveRow) => string)(row);
}

const FIELDS_OF: Partial<Record<DataFileName, Compared<never>>> = {
  'observations.csv': OBSERVATION_FIELDS, 'targets.csv': TARGET_FIELDS,
  ...Object.fromEntries(DESCRIPTIVE_FILES.map((f) => [f, DESCRIPTIVE[f].fields])),
};

/**
 * The text a compared column of a row holds, as the comparison saw it (the printed value, a list of ids joined by
 * spaces): what a `RowChange`'s `fields` name, shown before and after. Empty for a column that is not compared.
 */
export function columnText(file: DataFileName, row: object, column: string): string {
  const get = FIELDS_OF[file]?.find(([name]) => name === column)?.[1] as ((r: object) => string) | undefined;
  return get ? get(row) : '';
}

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
  const files = DESCRIPTIVE_FILES.map((file): FileDiff => {
    const { rows, id, fields } = DESCRIPTIVE[file];
    const get = (d: Dataset) => d[rows] as readonly DescriptiveRow[];
    return { file, rows: diffRows(get(before), get(after), id as (r: DescriptiveRow) => string, fields as Compared<DescriptiveRow>) };
  }).filter((f) => f.rows.added.length + f.rows.changed.length + f.rows.removed.length > 0);
  return {
    indicators,
    totals: { added: count((d) => d.added), changed: count((d) => d.changed), removed: count((d) => d.removed) },
    files,
  };
}
