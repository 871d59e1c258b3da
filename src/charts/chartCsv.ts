/**
 * The data behind a chart as a CSV file for Excel and WPS: UTF-8 with a byte order mark (without it Excel reads
 * Chinese as mojibake), CRLF line ends (RFC 4180), one row per plotted value. Pure: no DOM, no i18next; the caller
 * passes the words. Text cells that a spreadsheet would run as a formula are neutralised.
 */
import { nameIn, scopeName, type Dataset, type Observation, type Target } from '../core';
import type { Labels } from './catalog';
import type { ChartModel } from './catalogIndex';

/** A cell: text (neutralised and quoted as needed) or a number (written as is, so it stays a number). */
export type CsvCell = string | number;

/** Byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

// A spreadsheet starts a formula at = + - @; tab, CR and LF at the start are used to smuggle those past filters.
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A text cell made inert for spreadsheets: one that begins with = + - @, tab, CR or LF gets a leading single quote,
 * which Excel, WPS and LibreOffice show as text and never evaluate (OWASP "CSV injection").
 */
export const neutralise = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One cell as CSV: numbers as they are (finite only), text neutralised and quoted when it holds , " CR or LF. */
export function csvCell(cell: CsvCell): string {
  if (typeof cell === 'number') {
    // A non-finite number is not data a chart can plot; an empty cell says "no value" honestly.
    return Number.isFinite(cell) ? String(cell) : '';
  }
  const safe = neutralise(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: BOM, header row, one line per row, CRLF after every line. */
export const toCsv = (header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string =>
  BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Column headers, in the reader's language. */
export interface CsvWords {
  readonly header: readonly [
    indicatorId: string, indicator: string, series: string, scope: string, period: string, value: string, unit: string,
    source: string, locator: string, quote: string,
  ];
  /** Cell of the series column for a measured figure. */
  readonly actual: string;
  /** Cell of the series column for a target, e.g. "target (<=)". */
  readonly target: (comparator: string) => string;
}

/**
 * The rows of a chart's CSV: a trend gives one row per plotted period (the first printed row, as the chart shows);
 * a target path gives every actual figure it marks and every milestone. A plan baseline is one of the actuals, so it
 * appears once even though each path starts from it. Values are in the reader's unit, converted exactly as plotted.
 */
export function chartCsvRows(data: Dataset, model: ChartModel, labels: Labels, words: CsvWords): CsvCell[][] {
  const ind = model.kind === 'trend' ? model.series.indicator : model.path.indicator;
  const name = nameIn(labels.lang, ind);
  const scope = (id: string) => scopeName(data, id, labels.lang);
  const sourceTitle = (id: string) => {
    const s = data.sources.find((x) => x.sourceId === id);
    return s ? (labels.lang === 'zh' ? s.titleZh : s.titleEn) : id;
  };
  const row = (r: Observation | Target, series: string, unit: string): CsvCell[] => [
    ind.indicatorId, name, series, scope(r.scopeId), r.period, labels.number(r.valueText, unit), labels.unit(unit),
    sourceTitle(r.sourceId), r.locator, r.quote,
  ];
  if (model.kind === 'trend') return model.series.points.map((o) => row(o, words.actual, ind.unit));
  return [
    ...model.path.actuals.map((o) => row(o, words.actual, ind.unit)),
    ...model.path.rows.map(({ target }) => row(target, words.target(target.comparator), ind.unit)),
  ];
}
