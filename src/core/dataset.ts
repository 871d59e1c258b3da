import {
  DATA_FILES, FILE_SPECS, OPTIONAL_COLUMNS, type Comparator, type DataFileName, type Dataset, type Indicator, type Observation, type Scope,
  type Source, type Target, type Category, type DataNote, type NoteKind, type Direction, type ObservationStatus, type TargetLevel,
} from './contract';
import { readCsv, type CsvTable } from './csv';
import { decodeBytes } from './decode';
import { issue, sortIssues, type Issue } from './issues';
import { typeRows, type RejectedRow, type TypedRow } from './rows';

/** Raw content of the data files; a file left out is reported as missing. Bytes are decoded, strings used as they are. */
export type DataFiles = Partial<Record<DataFileName, Uint8Array | string>>;

/** Outcome of loading: the valid rows of every file, and every issue found, sorted by file, line, column. */
export interface LoadResult {
  readonly dataset: Dataset;
  readonly issues: readonly Issue[];
  /** Files that could not be read at all (missing, not a CSV, broken header). */
  readonly unusableFiles: readonly DataFileName[];
}

/** Options for checks that need the outside world; the browser cannot see `seeds/`, the CLI can. */
export interface LoadOptions {
  readonly sourceFileExists?: (path: string) => boolean;
  /** Receives the CSV table of each file that could be decoded, so a caller can reuse it instead of reading again. */
  readonly onTable?: (file: DataFileName, table: CsvTable) => void;
}

/**
 * Decodes, reads and types one data file. Exposed for previews that handle one dropped file at a time. `onTable`
 * receives the CSV table on the way (see `LoadOptions`).
 */
export function parseDataFile(file: DataFileName, content: Uint8Array | string | undefined, onTable?: LoadOptions['onTable']) {
  const none: RejectedRow[] = [];
  if (content === undefined) return { rows: [] as TypedRow[], issues: [issue(file, 1, 1, 'file_missing')], usable: false, rejected: none };
  let text: string;
  const pre: Issue[] = [];
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeBytes(file, content);
    if (!decoded.ok) return { rows: [] as TypedRow[], issues: decoded.issues, usable: false, rejected: none };
    text = decoded.text;
    pre.push(...decoded.issues);
  }
  const table = readCsv(file, text, [...FILE_SPECS[file], ...(OPTIONAL_COLUMNS[file] ?? [])].map((c) => c.name));
  onTable?.(file, table);
  const typed = typeRows(file, table);
  return { ...typed, issues: [...pre, ...typed.issues] };
}

/** Reports rows whose key repeats an earlier row; returns the rows to keep. */
function dedupe<T extends { line: number }>(file: DataFileName, rows: T[], key: (r: T) => string, keyName: string, column: number, issues: Issue[]): T[] {
  const first = new Map<string, number>();
  return rows.filter((r) => {
    const k = key(r);
    const seen = first.get(k);
    if (seen !== undefined) {
      issues.push(issue(file, r.line, column, 'duplicate_key', { key: keyName, value: k.replaceAll('\u0000', ' | '), first: seen }));
      return false;
    }
    first.set(k, r.line);
    return true;
  });
}

/**
 * Loads the whole dataset: each file on its own, then cross-file checks (unknown ids, duplicate keys, units, notes).
 * A broken file never hides the valid rows of the others; references into an unusable file are not reported twice.
 * Never throws.
 */
export function loadDataset(files: DataFiles, options: LoadOptions = {}): LoadResult {
  const issues: Issue[] = [];
  const missingSeeds: RejectedRow[] = [];
  const typed = {} as Record<DataFileName, { rows: TypedRow[]; usable: boolean; rejected: readonly RejectedRow[] }>;
  for (const f of DATA_FILES) {
    const r = parseDataFile(f, files[f], options.onTable);
    // A loop, not push(...r.issues): a file with an error on every row has more issues than a call takes arguments.
    for (const i of r.issues) issues.push(i);
    typed[f] = { rows: r.rows, usable: r.usable, rejected: r.rejected };
  }
  const unusableFiles = DATA_FILES.filter((f) => !typed[f].usable);
  // A header without rows is valid CSV, and published it empties the dashboard without a word (Excel leaves such a file
  // when a filter hid every row before saving). Targets and notes may be empty on purpose; these four may not.
  for (const f of ['sources.csv', 'scopes.csv', 'indicators.csv', 'observations.csv'] as const) {
    if (typed[f].usable && typed[f].rows.length === 0 && typed[f].rejected.length === 0) issues.push(issue(f, 1, 1, 'no_rows', {}, 'warning'));
  }

  const sources = dedupe('sources.csv', typed['sources.csv'].rows.map((r): Source => ({
    file: 'sources.csv', line: r.line, sourceId: r.text('source_id'), path: r.text('file'), titleZh: r.text('title_zh'),
    titleEn: r.text('title_en'), shortZh: r.text('short_zh'), shortEn: r.text('short_en'), publisher: r.text('publisher'),
    published: r.text('published'),
  })), (s) => s.sourceId, 'source_id', 1, issues).filter((s) => {
    if (!options.sourceFileExists || options.sourceFileExists(s.path)) return true;
    issues.push(issue('sources.csv', s.line, typed['sources.csv'].rows[0]?.columnOf('file') ?? 2, 'source_file_missing', { value: s.path }));
    missingSeeds.push({ line: s.line, key: s.sourceId });
    return false;
  });

  const scopes = dedupe('scopes.csv', typed['scopes.csv'].rows.map((r): Scope => ({
    file: 'scopes.csv', line: r.line, scopeId: r.text('scope_id'), nameZh: r.text('name_zh'), nameEn: r.text('name_en'),
  })), (s) => s.scopeId, 'scope_id', 1, issues);

  const indicators = dedupe('indicators.csv', typed['indicators.csv'].rows.map((r): Indicator => ({
    file: 'indicators.csv', line: r.line, indicatorId: r.text('indicator_id'), nameZh: r.text('name_zh'),
    nameEn: r.text('name_en'), category: r.text('category') as Category, unit: r.text('unit'),
    direction: r.text('direction') as Direction, gri: r.text('gri'), decimals: Number(r.text('decimals')),
    definitionZh: r.text('definition_zh'), definitionEn: r.text('definition_en'),
  })), (i) => i.indicatorId, 'indicator_id', 1, issues);

  const known = {
    indicator: typed['indicators.csv'].usable ? new Map(indicators.map((i) => [i.indicatorId, i])) : null,
    scope: typed['scopes.csv'].usable ? new Set(scopes.map((s) => s.scopeId)) : null,
    source: typed['sources.csv'].usable ? new Set(sources.map((s) => s.sourceId)) : null,
  };

  // Ids whose row was left out for an error of its own (a bad date, unit or seed path): the rows citing them are left
  // out too, but told where that error is, once per file and id with a count, instead of "not in sources.csv" on
  // every row (one bad date in sources.csv gave 461 such messages, with the real one last).
  const firstLine = (rows: readonly RejectedRow[]) => {
    const m = new Map<string, number>();
    for (const r of rows) if (!m.has(r.key)) m.set(r.key, r.line);
    return m;
  };
  const broken = {
    unknown_indicator: firstLine(typed['indicators.csv'].rejected),
    unknown_scope: firstLine(typed['scopes.csv'].rejected),
    unknown_source: firstLine([...typed['sources.csv'].rejected, ...missingSeeds]),
  } as const;
  const brokenCode = { unknown_indicator: 'broken_indicator', unknown_scope: 'broken_scope', unknown_source: 'broken_source' } as const;
  const cited = new Map<string, { file: DataFileName; line: number; column: number; code: string; params: Record<string, string | number> }>();
  /** Reports a reference to an id that is not among the valid rows of its file. */
  const unknownRef = (file: DataFileName, r: TypedRow, column: string, value: string, code: keyof typeof broken) => {
    const line = broken[code].get(value);
    if (line === undefined) {
      issues.push(issue(file, r.line, r.columnOf(column), code, { value, column }));
      return;
    }
    const key = `${file}\u0000${column}\u0000${value}`;
    const seen = cited.get(key);
    if (seen) seen.params.count = Number(seen.params.count) + 1;
    else cited.set(key, { file, line: r.line, column: r.columnOf(column), code: brokenCode[code], params: { value, column, line, count: 1 } });
  };

  /** Cross-file checks shared by observations and targets; returns false when the row must be dropped. */
  const checkRefs = (file: DataFileName, r: TypedRow): boolean => {
    let ok = true;
    const ref = (column: string, set: { has(k: string): boolean } | null, code: keyof typeof broken) => {
      if (set && !set.has(r.text(column))) {
        unknownRef(file, r, column, r.text(column), code);
        ok = false;
      }
    };
    ref('indicator_id', known.indicator, 'unknown_indicator');
    ref('scope_id', known.scope, 'unknown_scope');
    ref('source_id', known.source, 'unknown_source');
    const unit = known.indicator?.get(r.text('indicator_id'))?.unit;
    if (r.number('value').percentSign && unit !== undefined && unit !== '%') {
      issues.push(issue(file, r.line, r.columnOf('value'), 'percent_sign_wrong_unit', { value: r.number('value').text, unit }));
      ok = false;
    }
    return ok;
  };

  const observations = dedupe('observations.csv', typed['observations.csv'].rows.filter((r) => {
    let ok = checkRefs('observations.csv', r);
    const hasNote = r.text('note_zh') !== '' && r.text('note_en') !== '';
    if (r.text('status') === 'derived' && !hasNote) {
      issues.push(issue('observations.csv', r.line, r.columnOf('note_zh'), 'derived_without_note'));
      ok = false;
    }
    return ok;
  }).map((r): Observation => ({
    file: 'observations.csv', line: r.line, indicatorId: r.text('indicator_id'), period: r.text('period'),
    scopeId: r.text('scope_id'), value: r.number('value').value, valueText: r.number('value').text,
    status: r.text('status') as ObservationStatus, sourceId: r.text('source_id'), locator: r.text('locator'),
    quote: r.text('quote'), noteZh: r.text('note_zh'), noteEn: r.text('note_en'),
  })), (o) => [o.indicatorId, o.period, o.scopeId, o.sourceId, o.locator].join('\u0000'),
  'indicator_id + period + scope_id + source_id + locator', 1, issues);

  const targets = dedupe('targets.csv', typed['targets.csv'].rows.filter((r) => {
    let ok = checkRefs('targets.csv', r);
    const expected = known.indicator?.get(r.text('indicator_id'))?.unit;
    if (expected !== undefined && expected !== r.text('unit')) {
      issues.push(issue('targets.csv', r.line, r.columnOf('unit'), 'target_unit_mismatch', { value: r.text('unit'), expected }));
      ok = false;
    }
    return ok;
  }).map((r): Target => ({
    file: 'targets.csv', line: r.line, targetId: r.text('target_id'), indicatorId: r.text('indicator_id'),
    scopeId: r.text('scope_id'), period: r.text('period'), comparator: r.text('comparator') as Comparator,
    value: r.number('value').value, valueText: r.number('value').text, unit: r.text('unit'),
    level: r.text('level') as TargetLevel, sourceId: r.text('source_id'), locator: r.text('locator'),
    quote: r.text('quote'), noteZh: r.text('note_zh'), noteEn: r.text('note_en'),
  })), (t) => t.targetId, 'target_id', 1, issues);

  const notes = dedupe('notes.csv', typed['notes.csv'].rows.filter((r) => {
    let ok = true;
    for (const [column, set] of [['source_id', known.source], ['source_id_b', known.source]] as const) {
      if (set && !set.has(r.text(column))) {
        unknownRef('notes.csv', r, column, r.text(column), 'unknown_source');
        ok = false;
      }
    }
    for (const id of r.text('indicator_ids').split(' ')) {
      if (known.indicator && !known.indicator.has(id)) {
        unknownRef('notes.csv', r, 'indicator_ids', id, 'unknown_indicator');
        ok = false;
      }
    }
    return ok;
  }).map((r): DataNote => ({
    file: 'notes.csv', line: r.line, noteId: r.text('note_id'), kind: r.text('kind') as NoteKind,
    indicatorIds: r.text('indicator_ids').split(' '), titleZh: r.text('title_zh'), titleEn: r.text('title_en'),
    textZh: r.text('text_zh'), textEn: r.text('text_en'), sourceId: r.text('source_id'), locatorA: r.text('locator_a'),
    quoteA: r.text('quote_a'), sourceIdB: r.text('source_id_b'), locatorB: r.text('locator_b'), quoteB: r.text('quote_b'),
  })), (n) => n.noteId, 'note_id', 1, issues);

  for (const c of cited.values()) issues.push(issue(c.file, c.line, c.column, c.code, c.params));
  return { dataset: { sources, scopes, indicators, observations, targets, notes }, issues: sortIssues(issues), unusableFiles };
}

/** The targets of the indicators in the given categories: what a dashboard section compares against. */
export function targetsIn(data: Dataset, categories: readonly Category[]): Target[] {
  const inSection = new Set(data.indicators.filter((i) => categories.includes(i.category)).map((i) => i.indicatorId));
  return data.targets.filter((g) => inSection.has(g.indicatorId));
}
