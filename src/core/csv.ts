import Papa from 'papaparse';
import { issue, type Issue } from './issues';

/** Longest field we accept; a longer one is almost always a broken quote that swallowed the rest of the file. */
export const MAX_FIELD_CHARS = 20_000;

/** One data record with the editor line it starts on (the header is line 1). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Header and records of one CSV text, plus any structural issues found while reading it. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly issues: Issue[];
  /** False when the file is unusable as a whole (no header, HTML, wrong delimiter, broken header). */
  readonly usable: boolean;
  /**
   * Warnings about header cells read as a contract column although written differently (`Indicator_ID`,
   * `indicator＿id`, a zero-width space; `header` holds the contract name). Not in `issues`, whose every entry means a
   * row was lost (see `cleanTable`): `typeRows` reports them.
   */
  readonly renamed?: readonly Issue[];
}

// Characters nobody sees in a cell, or sees as a plain space, which web pages and Word paste along: zero-width spaces
// and joiners, direction marks, soft hyphen, BOM, non-breaking and other unusual spaces. One class serves to compare
// names and to show them (one regex less in the page shell).
const INVISIBLE = /[\u00A0\u00AD\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u2069\u3000\uFEFF]/g;
// Full-width ASCII, as a Chinese input method types it (＿ for _).
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * A header name as compared with the contract's: without invisible characters, half-width, lower case, spaces and
 * hyphens as _ (`Scope ID`, `source  id`, `scope-id` are scope_id).
 */
export function headerKey(name: string): string {
  return name.replace(INVISIBLE, '').replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase().replace(/[ -]+/g, '_');
}

/** What an id cell holds: lower-case letters, digits and _ (the first column of every data file). */
export const ID = /^[a-z0-9][a-z0-9_]*$/;

/** Edits (insert, delete, replace one character) between two names. */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** A header name with what cannot be seen (invisible characters, unusual spaces) shown as ⟨U+200B⟩. */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

// C0 controls other than tab/LF/CR, and DEL: invisible in Excel, they break ids and comparisons.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Header names that would be dangerous as object keys anywhere downstream.
const RESERVED_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);

// A cell that is a number, as the first data row of most files has (a period, a value, decimals) and no header does.
const NUMBER_CELL = /^[+-]?\d[\d,.]*%?$/;

/**
 * Reads CSV text with the project's one PapaParse configuration: comma delimiter given explicitly, no type guessing,
 * LF/CRLF/CR line endings all counted as one editor line. Returns issues instead of throwing. `columns`, the
 * contract's column names, lets it tell a deleted header (data on line 1) from a header that is merely wrong, and read
 * a name written in other letter case, full-width or with invisible characters as the contract's (`renamed`).
 */
export function readCsv(file: string, rawText: string, columns: readonly string[] = []): CsvTable {
  const bomless = rawText.replace(/^\uFEFF/, '');
  // A regex replace walks all of a large file even when, as usual, there is no CR to replace.
  const text = bomless.includes('\r') ? bomless.replace(/\r\n?/g, '\n') : bomless;
  const issues: Issue[] = [];
  const fail = (code: string, line = 1, column = 1, params: Record<string, string | number> = {}): CsvTable => ({
    header: [],
    records: [],
    issues: [...issues, issue(file, line, column, code, params)],
    usable: false,
  });

  if (text.trim() === '') return fail('empty_file');
  // No column name starts with "<", so markup is told at its first character, whatever comes first (a comment, a
  // bare <table>). XML that is no web page is, in an editor's hands, Excel's "XML Spreadsheet 2003".
  if (/^\s*<[!?a-z]/i.test(text)) return fail(/^\s*<\?xml(?![^]*<html)/i.test(text) ? 'xml_spreadsheet' : 'html_not_csv');

  // The editor line of an offset is 1 + the line breaks before it. Rows come in order, so a running count that finds
  // each line break once (indexOf, far faster than a loop over every character) gives every row its line.
  const lineAt = (offset: number): number => {
    let n = 1;
    for (let p = text.indexOf('\n'); p !== -1 && p < offset; p = text.indexOf('\n', p + 1)) n++;
    return n;
  };
  let line = 1;
  let nextBreak = text.indexOf('\n');

  const rows: CsvRecord[] = [];
  const quoteIssues: Issue[] = [];
  // A record with a quoting error is left out and named at the cell where the error is. After text that follows a
  // closing quote ("附录"关键绩效表) reading resumes on the next line: PapaParse would otherwise run on to the next
  // quotation mark, taking every row in between with it. A quote never closed leaves nothing readable after it.
  for (let base = 0; base < text.length;) {
    let start = base;
    let resume = -1;
    Papa.parse<string[]>(base === 0 ? text : text.slice(base), {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      dynamicTyping: false,
      skipEmptyLines: false,
      step: (result, parser) => {
        for (; nextBreak !== -1 && nextBreak < start; nextBreak = text.indexOf('\n', nextBreak + 1)) line++;
        if (result.errors.some((e) => e.type === 'Quotes')) {
          const at = quoteProblem(text, start) ?? { offset: start, column: Math.max(1, result.data.length), code: 'unterminated_quote' };
          quoteIssues.push(issue(file, lineAt(at.offset), at.column, at.code));
          const next = text.indexOf('\n', at.offset);
          resume = at.code === 'text_after_quote' && next !== -1 && quoteIssues.length < MAX_QUOTE_ISSUES ? next + 1 : text.length;
          parser.abort();
          return;
        }
        rows.push({ line, fields: result.data });
        start = base + result.meta.cursor + 1;
      },
    });
    if (resume === -1) break;
    base = resume;
  }

  const [head, ...body] = rows;
  if (!head || head.fields.every((f) => f.trim() === '')) return fail('missing_header');
  const header = head.fields.map((h) => h.trim());

  if (header.length === 1) {
    const only = header[0];
    if (only.includes(';')) return fail('wrong_delimiter', 1, 1, { delimiter: ';' });
    if (only.includes('\t')) return fail('tab_delimited');
  }
  // Line 1 holds none of the column names but a number: the header row was deleted and the data start at once. One
  // message says so, where the empty notes of the first row gave "this column has no name" (or ten missing columns).
  // A file without number columns (scopes, notes) is told by its first row instead: as many cells as the contract has
  // columns, an id first, and no cell within two edits of a column name (a header with typos is named as such).
  if (columns.length > 0 && !header.some((h) => columns.includes(headerKey(h))) && (header.some((h) => NUMBER_CELL.test(h))
    || (header.length === columns.length && ID.test(header[0]) && !header.some((h) => columns.some((c) => distance(headerKey(h), c) < 3))))) {
    return fail('header_is_data', 1, 1, { first: header.slice(0, 3).join(',') });
  }
  // Excel saves columns that were only formatted as empty cells: a nameless header cell and a "," on every row. With
  // nothing in them they lose nothing, so they are dropped without a word, where "this column has no name" used to
  // refuse the whole file. A nameless column with any content is still refused below.
  while (header[header.length - 1] === '' && body.every((r) => !r.fields[header.length - 1]?.trim())) {
    header.pop();
    for (const r of body) if (!r.fields.slice(header.length).join('').trim()) (r.fields as string[]).splice(header.length);
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < header.length; i++) {
    const name = header[i];
    if (name === '') issues.push(issue(file, 1, i + 1, 'empty_header'));
    else if (RESERVED_HEADERS.has(name)) issues.push(issue(file, 1, i + 1, 'reserved_header', { name }));
    else if (seen.has(name)) issues.push(issue(file, 1, i + 1, 'duplicate_header', { name, first: seen.get(name)! }));
    else seen.set(name, i + 1);
  }
  if (issues.length > 0) return { header, records: [], issues, usable: false };
  // Letter case, full-width forms and invisible characters in a contract column's name are accepted, with a warning
  // (rows.ts): the column is unmistakable, and refusing the file would hide every row for a difference the editor
  // cannot see (a zero-width space) or that Excel or an input method made. A misspelling is not guessed at (rows.ts).
  const renamed: Issue[] = [];
  for (let i = 0; i < header.length; i++) {
    const found = header[i];
    const name = headerKey(found);
    if (found !== name && columns.includes(name) && !header.includes(name)) {
      header[i] = name;
      // Spaces or hyphens for _ are named before capitals and full-width forms: the message's fix covers those too.
      const why = found.replace(INVISIBLE, '') !== found ? 'invisible' : /[ －-]/.test(found) ? 'separator' : found.toLowerCase() === name ? 'case' : 'fullwidth';
      renamed.push(issue(file, 1, i + 1, `header_${why}`, { found: visibleName(found), name }, 'warning'));
    }
  }

  // One scan of the whole text spares a per-cell check in the usual case of a file without control characters.
  const mayHaveControls = CONTROL_CHARS.test(text);
  const records: CsvRecord[] = [];
  const widths = new Set<number>();
  let filled = 0;
  for (const row of body) {
    if (row.fields.every((f) => f.trim() === '')) continue; // Excel's trailing ",,,," rows
    // Two files pasted together: their second header, said once instead of one wrong cell per column.
    if (row.fields.length === header.length && row.fields.every((f, i) => f.trim() === head.fields[i].trim())) {
      issues.push(issue(file, row.line, 1, 'header_repeated'));
      continue;
    }
    filled++;
    widths.add(row.fields.length);
    const problem = recordProblem(file, row, header.length, mayHaveControls);
    if (problem) issues.push(problem);
    else {
      // PapaParse's arrays are ours alone: trimming in place avoids a second array per row.
      const fields = row.fields as string[];
      for (let i = 0; i < fields.length; i++) fields[i] = fields[i].trim();
      records.push(row);
    }
  }
  // Every row has the same number of cells and the header another: the header is what is wrong (a comma missing, or
  // a full-width ，), and one message there says so instead of one per row (469 for a single typed ，).
  const [only] = widths;
  if (filled >= 2 && widths.size === 1 && only !== header.length && issues.every((i) => i.code === 'wrong_field_count')) {
    issues.length = 0;
    return fail('header_width', 1, 1, { expected: header.length, found: only });
  }
  for (const q of quoteIssues) issues.push(q);
  return { header, records, issues, usable: true, renamed };
}

/** After this many quoting errors the rest of a file is not read: each costs a scan from the top for its line. */
const MAX_QUOTE_ISSUES = 100;

/**
 * Where the record starting at `from` breaks the quoting rules: the offset and 1-based column of a quoted cell never
 * closed (`unterminated_quote`), or of a closing quote followed by more text (`text_after_quote`); null if it does
 * not. PapaParse's own error says neither which cell nor which of the two it is.
 */
export function quoteProblem(text: string, from: number): { offset: number; column: number; code: string } | null {
  let i = from;
  for (let column = 1; ; column++) {
    if (text[i] === '"') {
      const opened = i;
      for (i++; ; i += 2) {
        i = text.indexOf('"', i);
        if (i === -1) return { offset: opened, column, code: 'unterminated_quote' };
        if (text[i + 1] !== '"') break;
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\n') return { offset: i - 1, column, code: 'text_after_quote' };
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++;
    }
    if (text[i] !== ',') return null;
    i++;
  }
}

function recordProblem(file: string, row: CsvRecord, width: number, checkControls: boolean): Issue | null {
  const { fields, line } = row;
  if (fields.length !== width) {
    // Point at the first missing cell, or the first extra one.
    return issue(file, line, Math.min(fields.length, width) + 1, 'wrong_field_count', { expected: width, found: fields.length });
  }
  for (let i = 0; i < fields.length; i++) {
    if (fields[i].length > MAX_FIELD_CHARS) {
      return issue(file, line, i + 1, 'field_too_long', { length: fields[i].length, max: MAX_FIELD_CHARS });
    }
    if (checkControls && CONTROL_CHARS.test(fields[i])) return issue(file, line, i + 1, 'control_character');
  }
  return null;
}
