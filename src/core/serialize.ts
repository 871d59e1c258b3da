/**
 * Writing CSV back out: the "cleaned" copy of a data file the preview offers for download, and the published dataset
 * turned back into CSV text so dropped files can be validated against it with the same `loadDataset` as the CLI.
 */
import {
  FILE_SPECS, OPTIONAL_COLUMNS, type ColumnSpec, type DataFileName, type Dataset,
} from './contract';
import { readCsv, type CsvTable } from './csv';
import { parseNumber, toHalfWidth } from './numbers';

/** Byte order mark: Excel on Windows reads a UTF-8 CSV as the local code page (garbling Chinese) without it. */
export const UTF8_BOM = '\uFEFF';

/** Quotes one field per RFC 4180: only when it holds a comma, a quotation mark or a line break; `"` becomes `""`. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Joins rows into CSV text: fields quoted per RFC 4180, LF line endings (inside quoted fields too), a final newline,
 * and optionally the BOM Excel needs to recognise UTF-8.
 */
export function toCsv(rows: readonly (readonly string[])[], { bom = false } = {}): string {
  // Testing for a CR first spares a regex replace per cell; cells rarely hold one.
  const body = rows.map((r) => r.map((f) => csvField(f.includes('\r') ? f.replace(/\r\n?/g, '\n') : f)).join(',')).join('\n');
  return (bom ? UTF8_BOM : '') + body + '\n';
}

/** A cleaned file, or why none can be offered without losing rows. */
export type Cleaned =
  | { readonly ok: true; readonly csv: string; readonly rows: number; readonly changedCells: number }
  | { readonly ok: false; readonly reason: 'unusable' | 'rows_dropped' };

const specsOf = (file: DataFileName): readonly ColumnSpec[] => [...FILE_SPECS[file], ...(OPTIONAL_COLUMNS[file] ?? [])];

/** The normalised text of one cell by its column type; anything the validator would refuse is left as typed. */
function cleanCell(spec: ColumnSpec | undefined, raw: string, isPercentUnit: boolean): string {
  if (!spec || raw === '') return raw;
  switch (spec.type.kind) {
    case 'number': {
      const n = parseNumber(raw);
      // A % sign is dropped only where the unit is %: elsewhere it is an error the validator must still see.
      if (!n.ok || (n.percentSign && !isPercentUnit)) return raw;
      return n.text;
    }
    case 'int': {
      const n = parseNumber(raw);
      return n.ok && !n.percentSign && Number.isInteger(n.value) ? n.text : raw;
    }
    case 'period':
      return toHalfWidth(raw).toUpperCase();
    case 'date':
      return toHalfWidth(raw);
    default:
      return raw;
  }
}

/**
 * Cleans the decoded text of one data file for download: LF line endings, numbers without thousands separators or a
 * (valid) % sign, half-width digits, every row kept in order (rows with cell errors too, so they can still be fixed),
 * extra columns kept. When the CSV structure itself drops rows (ragged rows, a broken quote, control characters),
 * no cleaned copy is offered: it would silently lose them. `unitOf` gives an indicator's unit, to know where % is valid.
 */
export function cleanDataFile(
  file: DataFileName,
  text: string,
  unitOf: (indicatorId: string) => string | undefined = () => undefined,
): Cleaned {
  return cleanTable(file, readCsv(file, text), unitOf);
}

/** `cleanDataFile` on a file already read by `readCsv` (which must be left as it returned it), to spare a second read. */
export function cleanTable(
  file: DataFileName,
  table: CsvTable,
  unitOf: (indicatorId: string) => string | undefined = () => undefined,
): Cleaned {
  if (!table.usable) return { ok: false, reason: 'unusable' };
  // readCsv only reports structural problems, and each one means a row it did not return.
  if (table.issues.length > 0) return { ok: false, reason: 'rows_dropped' };
  const specs = new Map(specsOf(file).map((s) => [s.name, s]));
  const columns = table.header.map((h) => specs.get(h));
  const indicatorCol = table.header.indexOf('indicator_id');
  let changedCells = 0;
  const rows = table.records.map((rec) => {
    const isPercent = indicatorCol >= 0 && unitOf(rec.fields[indicatorCol]) === '%';
    return rec.fields.map((raw, i) => {
      const out = cleanCell(columns[i], raw, isPercent);
      if (out !== raw) changedCells++;
      return out;
    });
  });
  return { ok: true, csv: toCsv([table.header, ...rows], { bom: true }), rows: rows.length, changedCells };
}

/** The cells of a validated record in the column order of its file's contract (optional columns included). */
function recordCells(file: DataFileName, dataset: Dataset): { header: string[]; rows: { line: number; cells: string[] }[] } {
  const header = specsOf(file).map((s) => s.name);
  const out = (line: number, cells: (string | number)[]) => ({ line, cells: cells.map(String) });
  switch (file) {
    case 'sources.csv':
      return { header, rows: dataset.sources.map((s) => out(s.line, [s.sourceId, s.path, s.titleZh, s.titleEn, s.publisher, s.published,
        s.shortZh, s.shortEn])) };
    case 'scopes.csv':
      return { header, rows: dataset.scopes.map((s) => out(s.line, [s.scopeId, s.nameZh, s.nameEn])) };
    case 'indicators.csv':
      return { header, rows: dataset.indicators.map((i) => out(i.line, [i.indicatorId, i.nameZh, i.nameEn, i.category, i.unit,
        i.direction, i.gri, i.decimals, i.definitionZh, i.definitionEn])) };
    case 'observations.csv':
      return { header, rows: dataset.observations.map((o) => out(o.line, [o.indicatorId, o.period, o.scopeId, o.valueText,
        o.status, o.sourceId, o.locator, o.quote, o.noteZh, o.noteEn])) };
    case 'targets.csv':
      return { header, rows: dataset.targets.map((t) => out(t.line, [t.targetId, t.indicatorId, t.scopeId, t.period,
        t.comparator, t.valueText, t.unit, t.level, t.sourceId, t.locator, t.quote, t.noteZh, t.noteEn])) };
    case 'notes.csv':
      return { header, rows: dataset.notes.map((n) => out(n.line, [n.noteId, n.kind, n.indicatorIds.join(' '), n.titleZh,
        n.titleEn, n.textZh, n.textEn, n.sourceId, n.locatorA, n.quoteA, n.sourceIdB, n.locatorB, n.quoteB])) };
  }
}

/** One data file rebuilt from validated records, with the way back to the lines of the file they came from. */
export interface SerializedFile {
  readonly text: string;
  /** Editor line in `text` where a record starts -> the line it had in its original file. */
  readonly originalLine: ReadonlyMap<number, number>;
}

/**
 * Turns the records of one file of a validated dataset back into CSV text (no BOM), so `loadDataset` can check new
 * files against it. Lines are mapped back, so an issue found in this text can point at the original published file.
 */
export function serializeDatasetFile(file: DataFileName, dataset: Dataset): SerializedFile {
  const { header, rows } = recordCells(file, dataset);
  const originalLine = new Map<number, number>();
  let line = 2;
  for (const r of rows) {
    originalLine.set(line, r.line);
    // A quoted line break inside a cell moves every later record down one editor line.
    line += 1 + r.cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return { text: toCsv([header, ...rows.map((r) => r.cells)]), originalLine };
}
