import type { ColumnSpec, DataFileName } from './contract';
import { FILE_SPECS, OPTIONAL_COLUMNS } from './contract';
import type { CsvTable } from './csv';
import { issue, type Issue } from './issues';
import { parseNumber, toHalfWidth } from './numbers';
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

const ID = /^[a-z0-9][a-z0-9_]*$/;
const PERIOD = /^(\d{4})(-(H1|H2|0[1-9]|1[0-2]))?$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PATH = /^seeds\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Checks one cell against its column type; returns the typed cell or an issue code with params. */
function readCell(spec: ColumnSpec, raw: string): { cell: Cell } | { code: string; params: Record<string, string | number> } {
  const t = spec.type;
  if (raw === '') return spec.required ? { code: 'missing_value', params: {} } : { cell: '' };
  const value = raw;
  switch (t.kind) {
    case 'text':
      return { cell: raw };
    case 'id':
      return ID.test(raw) ? { cell: raw } : { code: 'invalid_id', params: { value } };
    case 'idlist': {
      const ids = raw.split(/\s+/).filter(Boolean);
      return ids.every((x) => ID.test(x)) ? { cell: ids.join(' ') } : { code: 'invalid_id', params: { value } };
    }
    case 'enum':
      return t.values.includes(raw) ? { cell: raw } : { code: 'invalid_enum', params: { value, allowed: t.values.join(', ') } };
    case 'unit':
      return isUnit(raw) ? { cell: raw } : { code: 'unknown_unit', params: { value } };
    case 'path':
      return PATH.test(raw) ? { cell: raw } : { code: 'invalid_path', params: { value } };
    case 'date':
      return DATE.test(toHalfWidth(raw)) ? { cell: toHalfWidth(raw) } : { code: 'invalid_date', params: { value } };
    case 'period': {
      const p = toHalfWidth(raw).toUpperCase();
      const m = PERIOD.exec(p);
      return m && Number(m[1]) >= 1900 && Number(m[1]) <= 2100 ? { cell: p } : { code: 'invalid_period', params: { value } };
    }
    case 'int': {
      const n = parseNumber(raw);
      const ok = n.ok && !n.percentSign && Number.isInteger(n.value) && n.value >= t.min && n.value <= t.max;
      return ok ? { cell: n.text } : { code: 'invalid_int', params: { value, min: t.min, max: t.max } };
    }
    case 'number': {
      const n = parseNumber(raw);
      return n.ok ? { cell: { value: n.value, text: n.text, percentSign: n.percentSign } } : { code: n.code, params: { value } };
    }
  }
}

/**
 * Types every record of a contract file. Rows with any bad cell are reported and left out; the others are returned.
 * Column lookups go through a Map built from the header, never through object keys taken from the file.
 */
export function typeRows(file: DataFileName, table: CsvTable): { rows: TypedRow[]; issues: Issue[]; usable: boolean } {
  const issues: Issue[] = [...table.issues];
  if (!table.usable) return { rows: [], issues, usable: false };
  const specs: readonly ColumnSpec[] = [...FILE_SPECS[file], ...(OPTIONAL_COLUMNS[file] ?? [])];
  const index = new Map<string, number>();
  table.header.forEach((h, i) => index.set(h, i));
  const missing = FILE_SPECS[file].filter((s) => !index.has(s.name));
  if (missing.length > 0) {
    for (const s of missing) {
      issues.push(issue(file, 1, table.header.length + 1, 'missing_column', { name: s.name, header: table.header.join(',') }));
    }
    return { rows: [], issues, usable: false };
  }
  const present = specs.filter((s) => index.has(s.name));
  const rows: TypedRow[] = [];
  for (const rec of table.records) {
    const cells = new Map<string, Cell>();
    let bad = false;
    for (const spec of present) {
      const i = index.get(spec.name)!;
      const res = readCell(spec, rec.fields[i]);
      if ('cell' in res) cells.set(spec.name, res.cell);
      else {
        bad = true;
        issues.push(issue(file, rec.line, i + 1, res.code, { ...res.params, column: spec.name }));
      }
    }
    if (bad) continue;
    rows.push({
      line: rec.line,
      columnOf: (name) => (index.get(name) ?? 0) + 1,
      text: (name) => {
        const c = cells.get(name);
        return typeof c === 'string' ? c : '';
      },
      number: (name) => {
        const c = cells.get(name);
        return typeof c === 'object' ? c : { value: NaN, text: '', percentSign: false };
      },
    });
  }
  return { rows, issues, usable: true };
}
