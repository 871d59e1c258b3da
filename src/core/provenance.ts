import { FILE_SPECS, type Dataset, type DataFileName } from './contract';
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

/** Seed texts by the path `sources.csv` gives (e.g. `seeds/chinalco-csr-report-2020.txt`). */
export type SeedTexts = ReadonlyMap<string, string>;

const columnOf = (file: DataFileName, name: string): number =>
  (FILE_SPECS[file] as ReadonlyArray<{ name: string }>).findIndex((c) => c.name === name) + 1;

/**
 * Proves every figure is traceable: each quote occurs in the cited seed (whitespace aside), and each reported value
 * and each target value occurs in its quote. Derived values need not be printed; their note says how they were made.
 */
export function checkProvenance(dataset: Dataset, seeds: SeedTexts): Issue[] {
  const issues: Issue[] = [];
  const squeezed = new Map<string, string>();
  for (const s of dataset.sources) {
    const text = seeds.get(s.path);
    if (text !== undefined) squeezed.set(s.sourceId, squeeze(text));
  }
  const rows = [
    ...dataset.observations.map((o) => ({ ...o, mustContainValue: o.status === 'reported' })),
    ...dataset.targets.map((t) => ({ ...t, mustContainValue: true })),
  ];
  for (const n of dataset.notes) {
    for (const [sourceId, quote, column] of [[n.sourceId, n.quoteA, 'quote_a'], [n.sourceIdB, n.quoteB, 'quote_b']] as const) {
      const seed = squeezed.get(sourceId);
      if (seed !== undefined && !seed.includes(squeeze(quote))) {
        issues.push(issue('notes.csv', n.line, columnOf('notes.csv', column), 'quote_not_in_source', { source: sourceId }));
      }
    }
  }
  for (const r of rows) {
    const seed = squeezed.get(r.sourceId);
    if (seed === undefined) continue;
    if (!seed.includes(squeeze(r.quote))) {
      issues.push(issue(r.file, r.line, columnOf(r.file, 'quote'), 'quote_not_in_source', { source: r.sourceId }));
    } else if (r.mustContainValue && !valueInQuote(r.valueText, r.quote)) {
      issues.push(issue(r.file, r.line, columnOf(r.file, 'value'), 'value_not_in_quote', { value: r.valueText }));
    }
  }
  return issues;
}
