import type { ColumnSpec, DataFileName } from './contract';
import { FILE_SPECS, OPTIONAL_COLUMNS } from './contract';
import { distance, headerKey, ID, visibleName, type CsvTable } from './csv';
import { issue, type Issue } from './issues';
import { parseNumber, toHalfWidth } from './numbers';
import { periodOfExcelDate } from './excelDates';
import { isUnit } from './units';

/** A typed cell: text columns give strings, number columns the parsed number and its printed text. */
export type Cell = string | { readonly value: number; readonly text: string; readonly percentSign: boolean };

/** One row whose every cell passed its column type, with a lookup by column name. */
export interface TypedRow {
  readonly line: number;
  /** 1-based column number of a contract column in this file (files may order or add columns freely). */
  readonly columnOf: (name: string) => number;
  readonly text: (name: string) => string;
  readonly number: (name: string) => { value: number; text: string; percentSign: boolean };
}

const PERIOD = /^(\d{4})(-(H1|H2|0[1-9]|1[0-2]))?$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PATH = /^seeds\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Why a cell failed its column type. A class, so a failure is told from a typed cell without a wrapper object. */
class CellError {
  constructor(readonly code: string, readonly params: Record<string, string | number>) {}
}

/** Checks one cell against its column type; returns the typed cell or the reason it failed. */
function readCell(spec: ColumnSpec, raw: string): Cell | CellError {
  const t = spec.type;
  if (raw === '') return spec.required ? new CellError('missing_value', {}) : '';
  const value = raw;
  switch (t.kind) {
    case 'text':
      return raw;
    case 'id':
      return ID.test(raw) ? raw : new CellError('invalid_id', { value });
    case 'idlist': {
      const ids = raw.split(/\s+/).filter(Boolean);
      return ids.every((x) => ID.test(x)) ? ids.join(' ') : new CellError('invalid_id_list', { value });
    }
    case 'enum':
      return t.values.includes(raw) ? raw : new CellError('invalid_enum', { value, allowed: t.values.join(', ') });
    case 'unit':
      return isUnit(raw) ? raw : new CellError('unknown_unit', { value });
    case 'path':
      return PATH.test(raw) ? raw : new CellError('invalid_path', { value });
    case 'date':
      return DATE.test(toHalfWidth(raw)) ? toHalfWidth(raw) : new CellError('invalid_date', { value });
    case 'period': {
      const p = toHalfWidth(raw).toUpperCase();
      const m = PERIOD.exec(p);
      if (m && Number(m[1]) >= 1900 && Number(m[1]) <= 2100) return p;
      const period = periodOfExcelDate(raw);
      return period ? new CellError('period_excel_date', { value, period }) : new CellError('invalid_period', { value });
    }
    case 'int': {
      const n = parseNumber(raw);
      const ok = n.ok && !n.percentSign && Number.isInteger(n.value) && n.value >= t.min && n.value <= t.max;
      return ok ? n.text : new CellError('invalid_int', { value, min: t.min, max: t.max });
    }
    case 'number': {
      const n = parseNumber(raw);
      if (n.ok) return { value: n.value, text: n.text, percentSign: n.percentSign };
      return new CellError(n.code, n.fixed === undefined ? { value } : { value, fixed: n.fixed });
    }
  }
}

/**
 * Types every record of a contract file. Rows with any bad cell are reported and left out; the others are returned.
 * Column lookups go through a Map built from the header, never through object keys taken from the file.
 */
export function typeRows(file: DataFileName, table: CsvTable): { rows: TypedRow[]; issues: Issue[]; usable: boolean; rejected: RejectedRow[] } {
  const issues: Issue[] = [...table.issues];
  const rejected: RejectedRow[] = [];
  if (!table.usable) return { rows: [], issues, usable: false, rejected };
  const specs: readonly ColumnSpec[] = [...FILE_SPECS[file], ...(OPTIONAL_COLUMNS[file] ?? [])];
  const index = new Map<string, number>();
  table.header.forEach((h, i) => index.set(h, i));
  for (const w of table.renamed ?? []) issues.push(w);
  const missing = FILE_SPECS[file].filter((s) => !index.has(s.name));
  if (missing.length > 0) {
    // A misspelt name is named at its own cell, the nearest in spelling among the cells that are no contract column;
    // with none near, the message lists the header at column A, never at a column past the last one. Two missing
    // names near one cell both point at it: rare, and either way that cell is what to fix.
    for (const s of missing) {
      // Two edits at most: a letter left out, added, changed, or two letters swapped.
      let near = -1;
      let best = 3;
      table.header.forEach((h, i) => {
        const d = specs.some((x) => x.name === h) ? best : distance(headerKey(h), s.name);
        if (d < best) [near, best] = [i, d];
      });
      issues.push(near < 0
        ? issue(file, 1, 1, 'missing_column', { name: s.name, header: table.header.join(',') })
        : issue(file, 1, near + 1, 'column_misspelled', { name: s.name, found: visibleName(table.header[near]) }));
    }
    return { rows: [], issues, usable: false, rejected };
  }
  const present = specs.filter((s) => index.has(s.name));
  const layout: Layout = { slot: new Map(present.map((s, k) => [s.name, k])), column: index };
  const positions = present.map((s) => index.get(s.name)!);
  const rows: TypedRow[] = [];
  for (const rec of table.records) {
    const cells: Cell[] = new Array(present.length);
    let bad = false;
    for (let k = 0; k < present.length; k++) {
      const res = readCell(present[k], rec.fields[positions[k]]);
      if (res instanceof CellError) {
        bad = true;
        issues.push(issue(file, rec.line, positions[k] + 1, res.code, { ...res.params, column: present[k].name }));
      } else {
        cells[k] = res;
        // Text that Excel would run as a formula when someone opens a downloaded copy (the site's data-file downloads
        // and the preview's cleaned copy carry the cells as written): kept, but the build stops until it is reworded.
        const lead = typeof res === 'string' && present[k].type.kind === 'text' ? FORMULA_LEAD.exec(res) : null;
        if (lead) issues.push(issue(file, rec.line, positions[k] + 1, 'formula_like', { column: present[k].name, first: LEAD_NAME[lead[0]] ?? lead[0] }, 'warning'));
      }
    }
    if (!bad) rows.push(new Row(rec.line, cells, layout));
    else rejected.push({ line: rec.line, key: (rec.fields[positions[0]] ?? '').trim() });
  }
  return { rows, issues, usable: true, rejected };
}

// What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
const FORMULA_LEAD = /^[=+\-@\t\r]/;
const LEAD_NAME: Readonly<Record<string, string>> = { '\t': 'Tab', '\r': 'CR' };

/**
 * A row left out for a bad cell: its line and the text of its first column (every file's id). Other files' rows that
 * cite that id are then told where the real error is, not that the id does not exist.
 */
export interface RejectedRow {
  readonly line: number;
  readonly key: string;
}

/** Where each contract column sits: its slot among the typed cells, and its column in the file. */
interface Layout {
  readonly slot: ReadonlyMap<string, number>;
  readonly column: ReadonlyMap<string, number>;
}

const NO_NUMBER = Object.freeze({ value: NaN, text: '', percentSign: false });

// Rows share one layout and their methods live on the prototype: a 100,000-row file allocates one small object and
// one array per row, not a Map and three closures (the garbage collector was a third of the parse time).
class Row implements TypedRow {
  constructor(readonly line: number, private readonly cells: readonly Cell[], private readonly layout: Layout) {}
  columnOf(name: string): number {
    return (this.layout.column.get(name) ?? 0) + 1;
  }
  text(name: string): string {
    const k = this.layout.slot.get(name);
    const c = k === undefined ? undefined : this.cells[k];
    return typeof c === 'string' ? c : '';
  }
  number(name: string) {
    const k = this.layout.slot.get(name);
    const c = k === undefined ? undefined : this.cells[k];
    return typeof c === 'object' ? c : NO_NUMBER;
  }
}
