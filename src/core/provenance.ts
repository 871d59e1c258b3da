import { FILE_SPECS, type Dataset, type DataFileName, type Observation } from './contract';
import { issue, type Issue } from './issues';
import { toHalfWidth } from './numbers';

/** Removes all whitespace (including the ideographic space) so that line breaks and tabs in a seed don't matter. */
export function squeeze(s: string): string {
  return toHalfWidth(s).replace(/[\s\u3000]+/g, '');
}

const withThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DECREASE_WORDS = /下降|减少|降低|降幅|削减|减排/;

// Small counts printed in words ("三家企业", "两个"), as Chinese texts print them. Only before a measure word, so that
// 三 in 三废 or 十 in 十四五 is never read as a count.
const CHINESE_COUNTS = ['', '一', '二|两', '三', '四', '五', '六', '七', '八', '九', '十'];
const MEASURE_WORD = '[家个项座名次条处台所口户]';

/**
 * True when the number `valueText` (as stored: "1308559", "-11.47") is printed in `quote`, with or without thousands
 * separators, and not as part of a longer number. A negative value may be printed as its magnitude after a word of
 * decrease ("同比下降 11.47%"), because that is how Chinese reports print falls. A whole number from 1 to 10 may be
 * printed as a Chinese numeral before a measure word ("三家企业").
 */
export function valueInQuote(valueText: string, quote: string): boolean {
  const q = toHalfWidth(quote).replace(/[\u2212\uFE63]/g, '-');
  const count = /^(?:[1-9]|10)$/.test(valueText) ? CHINESE_COUNTS[Number(valueText)] : undefined;
  if (count && new RegExp(`(?<![一二两三四五六七八九十百千万])(?:${count})${MEASURE_WORD}`).test(q)) return true;
  const negative = valueText.startsWith('-');
  const abs = valueText.replace(/^-/, '');
  const [int, frac] = abs.split('.');
  const forms = new Set([abs, withThousands(int) + (frac !== undefined ? `.${frac}` : '')]);
  for (const form of forms) {
    // Not inside a longer number on either side; a minus directly before it is captured, never skipped over.
    const re = new RegExp(`(?<![\\d.]|\\d,)(?:(-)\\s*|(?<!-\\s*))${escapeRe(form)}(?!\\d|[.,]\\d)`, 'g');
    for (const m of q.matchAll(re)) {
      const hasMinus = m[1] !== undefined;
      if (hasMinus === negative) return true;
      if (negative && !hasMinus && DECREASE_WORDS.test(q)) return true;
    }
  }
  return false;
}

/**
 * The value as the quote prints it when the cell lost trailing zeros of it (`130.9` for a printed `130.90`, `2300` for
 * `2,300.00`): Excel drops them from a number cell that is not formatted as Text. Null when no such form is printed.
 */
export function droppedZeros(valueText: string, quote: string): string | null {
  let text = valueText.includes('.') ? valueText : `${valueText}.`;
  for (let k = 0; k < 3; k++) {
    text += '0';
    if (valueInQuote(text, quote)) return text;
  }
  return null;
}

/** Seed texts by the path `sources.csv` gives (e.g. `seeds/chinalco-csr-report-2020.txt`). */
export type SeedTexts = ReadonlyMap<string, string>;

/** The header row of each data file as it was read; columns may be in any order, so messages look a name up here. */
export type FileHeaders = Partial<Record<DataFileName, readonly string[]>>;

/** 1-based column of `name` in the file as read, or in the contract's order when the header is not known. */
function columnIn(headers: FileHeaders, file: DataFileName, name: string): number {
  const at = headers[file]?.indexOf(name) ?? -1;
  return (at >= 0 ? at : (FILE_SPECS[file] as ReadonlyArray<{ name: string }>).findIndex((c) => c.name === name)) + 1;
}

type ValueRow = Pick<Observation, 'file' | 'line' | 'valueText' | 'quote' | 'sourceId'> & { readonly mustContainValue: boolean };

/** Reported figures and targets: the rows whose value must be printed in their quote. */
const valueRows = (dataset: Dataset): ValueRow[] => [
  ...dataset.observations.map((o) => ({ ...o, mustContainValue: o.status === 'reported' })),
  ...dataset.targets.map((t) => ({ ...t, mustContainValue: true })),
];

/** The issue of a row whose value is not in its quote, naming Excel's dropped zero when that is the cause. */
function valueIssue(r: ValueRow, headers: FileHeaders): Issue | null {
  if (!r.mustContainValue || valueInQuote(r.valueText, r.quote)) return null;
  const column = columnIn(headers, r.file, 'value');
  const printed = droppedZeros(r.valueText, r.quote);
  return printed === null
    ? issue(r.file, r.line, column, 'value_not_in_quote', { value: r.valueText })
    : issue(r.file, r.line, column, 'value_zero_dropped', { value: r.valueText, printed });
}

/**
 * Every reported value and target value that its own quote does not print. Needs only the rows, not the seeds, so
 * the Preview runs it on dropped files; `checkProvenance` runs it too, for rows whose quote is in the seed.
 */
export function checkValuesInQuotes(dataset: Dataset, headers: FileHeaders = {}): Issue[] {
  const issues: Issue[] = [];
  for (const r of valueRows(dataset)) {
    const found = valueIssue(r, headers);
    if (found) issues.push(found);
  }
  return issues;
}

/**
 * Proves every figure is traceable: each quote occurs in the cited seed (whitespace aside), and each reported value
 * and each target value occurs in its quote. Derived values need not be printed; their note says how they were made.
 * `headers` (the files' header rows as read) puts each message in the file's own column when columns were reordered.
 */
export function checkProvenance(dataset: Dataset, seeds: SeedTexts, headers: FileHeaders = {}): Issue[] {
  const issues: Issue[] = [];
  const squeezed = new Map<string, string>();
  for (const s of dataset.sources) {
    const text = seeds.get(s.path);
    if (text !== undefined) squeezed.set(s.sourceId, squeeze(text));
  }
  for (const n of dataset.notes) {
    for (const [sourceId, quote, column] of [[n.sourceId, n.quoteA, 'quote_a'], [n.sourceIdB, n.quoteB, 'quote_b']] as const) {
      const seed = squeezed.get(sourceId);
      if (seed !== undefined && !seed.includes(squeeze(quote))) {
        issues.push(issue('notes.csv', n.line, columnIn(headers, 'notes.csv', column), 'quote_not_in_source', { source: sourceId }));
      }
    }
  }
  for (const r of valueRows(dataset)) {
    const seed = squeezed.get(r.sourceId);
    if (seed === undefined) continue;
    if (!seed.includes(squeeze(r.quote))) {
      issues.push(issue(r.file, r.line, columnIn(headers, r.file, 'quote'), 'quote_not_in_source', { source: r.sourceId }));
    } else {
      const found = valueIssue(r, headers);
      if (found) issues.push(found);
    }
  }
  return issues;
}
