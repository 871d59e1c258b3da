/**
 * The preview's work, free of React and DOM so it runs unchanged inside the module worker (the browser) and inline
 * (jsdom tests): read the dropped files, validate them with the published files around them using the same
 * `loadDataset` as the CLI, compare with the published data, and prepare cleaned copies.
 */
import {
  DATA_FILES, MAX_FILE_BYTES, decodeBytes, fileTooLarge, loadDataset, sortIssues,
  type DataFileName, type DataFiles, type Dataset, type Issue,
} from '../../core';
import type { CsvTable } from '../../core/csv';
import { diffDatasets } from '../../core/diff';
import { checkValuesInQuotes, type FileHeaders } from '../../core/provenance';
import { cleanTable, serializeDatasetFile } from '../../core/serialize';
import { listDiff, type DiffPreview } from './diffPreview';

/** What the pipeline needs of a dropped file; a DOM `File` fits, and so does a fake in tests. */
export interface PreviewFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One preview run: the dropped files and the published dataset they replace files of (null if it failed to load). */
export interface PreviewRequest {
  readonly files: readonly PreviewFile[];
  readonly published: Dataset | null;
}

/** Steps of a run, in order; `done` of `total` steps are finished. Cleaned copies are prepared after the result. */
export type PreviewStage = 'reading' | 'validating' | 'comparing';

/** Progress report posted while a run is under way. */
export interface PreviewProgress {
  readonly stage: PreviewStage;
  readonly done: number;
  readonly total: number;
  readonly file?: string;
}

/** A problem with a dropped file as a whole that is not a validation issue; `key` is under `preview.notice.`. */
export interface PreviewNotice {
  readonly key: 'unknownFile' | 'duplicateFile' | 'noRows' | 'unusable' | 'publishedMissing';
  readonly params: Readonly<Record<string, string | number>>;
}

/** State of a file's cleaned copy: being prepared, ready, or why there is none. */
export type CleanState = 'pending' | 'ready' | 'unusable' | 'rows_dropped' | 'refused';

/** What became of one dropped file. */
export interface PreviewFileResult {
  readonly name: string;
  /** The data file it replaces, or null when it was refused (name matches none, second copy, too large). */
  readonly target: DataFileName | null;
  readonly size: number;
  readonly clean: CleanState;
  /**
   * Cleaned CSV (UTF-8 with BOM, LF line endings) once `clean` is 'ready'. A Blob, not a string: it crosses from the
   * worker as a handle, where 10 MB of text would be copied on the page's thread.
   */
  readonly cleaned: Blob | null;
  readonly changedCells: number;
}

/** Everything the preview shows, and the dataset the dashboard would show if the files were published. */
export interface PreviewResult {
  readonly files: readonly PreviewFileResult[];
  /** The first `MAX_LISTED_ISSUES` issues, sorted by file, line, column. */
  readonly issues: readonly Issue[];
  /** How many issues there are in all. */
  readonly issueCount: number;
  readonly notices: readonly PreviewNotice[];
  readonly dataset: Dataset;
  readonly diff: DiffPreview;
  /** Data files that could not be read at all (their rows count as none). */
  readonly unusableFiles: readonly DataFileName[];
}

/** A finished check, and the later step that prepares the cleaned copies (slow on big files, so not awaited). */
export interface PreviewRun {
  readonly result: PreviewResult;
  readonly clean: () => readonly PreviewFileResult[];
}

/** Issues sent to the page: far more than anyone reads, far fewer than a file with an error on every row has. */
export const MAX_LISTED_ISSUES = 5000;

/** The largest file the preview reads; larger ones are refused from their size alone, before a byte is read. */
export const MAX_PREVIEW_BYTES = MAX_FILE_BYTES;

/** A dataset with no rows: what the preview compares with when the published data could not be loaded. */
export const EMPTY_DATASET: Dataset = { sources: [], scopes: [], indicators: [], observations: [], targets: [], notes: [] };

/**
 * The data file a dropped file stands for: its name without case, and without the " (1)" browsers add to a second
 * download of the same file. Null when it matches none.
 */
export function dataFileFor(name: string): DataFileName | null {
  const base = name.trim().toLowerCase().replace(/\s*\(\d+\)(?=\.csv$)/, '');
  return (DATA_FILES as readonly string[]).includes(base) ? (base as DataFileName) : null;
}

const rowsOf = (d: Dataset, f: DataFileName): readonly unknown[] => ({
  'sources.csv': d.sources, 'scopes.csv': d.scopes, 'indicators.csv': d.indicators,
  'observations.csv': d.observations, 'targets.csv': d.targets, 'notes.csv': d.notes,
})[f];

/**
 * Checks the dropped files: reads them (refusing oversized ones from their size alone), validates them together with
 * the published files they do not replace, and compares the outcome with the published data. Never rejects on bad
 * input: every problem becomes an issue or a notice. Cleaned copies come from the returned `clean()`.
 */
export async function startPreview(req: PreviewRequest, onProgress: (p: PreviewProgress) => void = () => {}): Promise<PreviewRun> {
  const total = req.files.length + 2;
  let done = 0;
  const step = (stage: PreviewStage, file?: string) => onProgress({ stage, done: done++, total, file });
  const issues: Issue[] = [];
  const notices: PreviewNotice[] = [];
  const results: PreviewFileResult[] = [];
  const dropped = new Map<DataFileName, { name: string; bytes: Uint8Array }>();
  const refuse = (f: PreviewFile) => results.push({ name: f.name, target: null, size: f.size, clean: 'refused', cleaned: null, changedCells: 0 });

  for (const f of req.files) {
    step('reading', f.name);
    const target = dataFileFor(f.name);
    const first = target && dropped.get(target);
    if (f.size > MAX_PREVIEW_BYTES) {
      issues.push(fileTooLarge(f.name, f.size));
      refuse(f);
    } else if (!target) {
      notices.push({ key: 'unknownFile', params: { file: f.name, allowed: DATA_FILES.join(', ') } });
      refuse(f);
    } else if (first) {
      notices.push({ key: 'duplicateFile', params: { file: f.name, first: first.name, target } });
      refuse(f);
    } else {
      dropped.set(target, { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      results.push({ name: f.name, target, size: f.size, clean: 'pending', cleaned: null, changedCells: 0 });
    }
  }

  step('validating');
  const published = req.published ?? EMPTY_DATASET;
  if (!req.published) notices.push({ key: 'publishedMissing', params: {} });
  const files: DataFiles = {};
  const lineMaps = new Map<DataFileName, ReadonlyMap<number, number>>();
  for (const f of DATA_FILES) {
    const mine = dropped.get(f);
    if (mine) {
      // Decoded here rather than by loadDataset, so the cleaned copy below reuses the text instead of decoding again.
      // A refused file goes in as bytes: loadDataset then reports it exactly as it reports any file it cannot decode.
      const decoded = decodeBytes(f, mine.bytes);
      files[f] = decoded.ok ? decoded.text : mine.bytes;
      if (decoded.ok) for (const i of decoded.issues) issues.push(i);
    } else {
      const s = serializeDatasetFile(f, published);
      files[f] = s.text;
      lineMaps.set(f, s.originalLine);
    }
  }
  // The tables of the dropped files, kept for their cleaned copies: reading a large file again would take as long.
  const tables = new Map<DataFileName, CsvTable>();
  const loaded = loadDataset(files, { onTable: (f, table) => { if (dropped.has(f)) tables.set(f, table); } });
  // Issues and rows of the files not dropped point at the published files' own lines, not at the rebuilt text.
  const back = (file: string, line: number) => lineMaps.get(file as DataFileName)?.get(line) ?? line;
  // A loop, not push(...): a file with an error on every row has more issues than a call takes arguments.
  for (const i of loaded.issues) {
    // An empty file the reader did not drop is the published data missing, which a notice already says.
    if (i.code === 'no_rows' && !dropped.has(i.file as DataFileName)) continue;
    issues.push(lineMaps.has(i.file as DataFileName) ? { ...i, line: back(i.file, i.line) } : i);
  }
  // A value missing from its own quote needs only the row, not seeds/, so the preview can say so before publishing
  // (above all a zero Excel dropped: 130.90 saved as 130.9). Dropped files only: the published ones passed the build.
  const headers: FileHeaders = {};
  for (const [f, table] of tables) headers[f] = table.header;
  for (const i of checkValuesInQuotes(loaded.dataset, headers)) if (dropped.has(i.file as DataFileName)) issues.push(i);
  const relined = <T extends { line: number }>(f: DataFileName, rows: readonly T[]): readonly T[] =>
    lineMaps.has(f) ? rows.map((r) => ({ ...r, line: back(f, r.line) })) : rows;
  const d = loaded.dataset;
  const dataset: Dataset = {
    sources: relined('sources.csv', d.sources), scopes: relined('scopes.csv', d.scopes),
    indicators: relined('indicators.csv', d.indicators), observations: relined('observations.csv', d.observations),
    targets: relined('targets.csv', d.targets), notes: relined('notes.csv', d.notes),
  };
  for (const f of dropped.keys()) {
    if (loaded.unusableFiles.includes(f)) notices.push({ key: 'unusable', params: { file: f } });
    // A header-only file is valid CSV, but publishing it would silently empty that part of the dashboard.
    // (The core warns about the four files the dashboard cannot do without: no notice on top of that.)
    else if (rowsOf(dataset, f).length === 0 && !issues.some((i) => i.file === f && (i.line > 1 || i.code === 'no_rows'))) notices.push({ key: 'noRows', params: { file: f } });
  }

  step('comparing');
  const diff = listDiff(diffDatasets(published, dataset));
  const sorted = sortIssues(issues);
  const result: PreviewResult = {
    files: results, issues: sorted.slice(0, MAX_LISTED_ISSUES), issueCount: sorted.length, notices, dataset, diff,
    unusableFiles: loaded.unusableFiles,
  };
  onProgress({ stage: 'comparing', done: total, total });

  const units = new Map(dataset.indicators.map((i) => [i.indicatorId, i.unit]));
  const clean = () => results.map((r): PreviewFileResult => {
    if (r.clean !== 'pending' || !r.target) return r;
    // No table means the file could not be decoded.
    const table = tables.get(r.target);
    if (!table) return { ...r, clean: 'unusable' };
    const c = cleanTable(r.target, table, (id) => units.get(id));
    if (!c.ok) return { ...r, clean: c.reason };
    return { ...r, clean: 'ready', cleaned: new Blob([c.csv], { type: 'text/csv;charset=utf-8' }), changedCells: c.changedCells };
  });
  return { result, clean };
}

/** Runs a whole preview, cleaned copies included, in one call (for tests and callers that can wait). */
export async function runPreview(req: PreviewRequest, onProgress?: (p: PreviewProgress) => void): Promise<PreviewResult> {
  const run = await startPreview(req, onProgress);
  return { ...run.result, files: run.clean() };
}
