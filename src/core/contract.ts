/**
 * The data contract: which files exist, their columns, the type of each column, and the typed records they become.
 * `data/README.md` documents the same contract for the CSR team; a test keeps the two in step.
 */

/** Allowed values of enumerated columns. */
export const CATEGORIES = [
  'energy', 'emissions', 'water', 'land_waste', 'safety_health', 'employees',
  'community', 'economy', 'production', 'governance', 'remediation',
] as const;
export const DIRECTIONS = ['lower_better', 'higher_better', 'neutral'] as const;
export const STATUSES = ['reported', 'derived'] as const;
export const COMPARATORS = ['<=', '>=', '='] as const;
export const LEVELS = ['industry_advanced', 'industry_average', 'plan'] as const;
export const NOTE_KINDS = ['contradiction', 'implausible', 'definition', 'scope'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ObservationStatus = (typeof STATUSES)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type TargetLevel = (typeof LEVELS)[number];
export type NoteKind = (typeof NOTE_KINDS)[number];

/** How one column is read and checked. */
export type ColumnKind =
  | { readonly kind: 'id' }
  | { readonly kind: 'idlist' }
  | { readonly kind: 'text' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'number' }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'period' }
  | { readonly kind: 'unit' }
  | { readonly kind: 'path' }
  | { readonly kind: 'date' };

/** One column of a data file. `required` means the cell may not be empty. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnKind;
  readonly required: boolean;
}

const col = (name: string, type: ColumnKind, required = true): ColumnSpec => ({ name, type, required });
const id = { kind: 'id' } as const;
const text = { kind: 'text' } as const;
const en = (values: readonly string[]): ColumnKind => ({ kind: 'enum', values });

/** The data files, in the order they are loaded and shown. Keys are the file names under `data/`. */
export const FILE_SPECS = {
  'sources.csv': [
    col('source_id', id), col('file', { kind: 'path' }), col('title_zh', text), col('title_en', text),
    col('publisher', text), col('published', { kind: 'date' }, false),
  ],
  'scopes.csv': [col('scope_id', id), col('name_zh', text), col('name_en', text)],
  'indicators.csv': [
    col('indicator_id', id), col('name_zh', text), col('name_en', text), col('category', en(CATEGORIES)),
    col('unit', { kind: 'unit' }), col('direction', en(DIRECTIONS)), col('gri', text, false),
    col('decimals', { kind: 'int', min: 0, max: 6 }),
  ],
  'observations.csv': [
    col('indicator_id', id), col('period', { kind: 'period' }), col('scope_id', id), col('value', { kind: 'number' }),
    col('status', en(STATUSES)), col('source_id', id), col('locator', text), col('quote', text),
    col('note_zh', text, false), col('note_en', text, false),
  ],
  'targets.csv': [
    col('target_id', id), col('indicator_id', id), col('scope_id', id), col('period', { kind: 'period' }),
    col('comparator', en(COMPARATORS)), col('value', { kind: 'number' }), col('unit', { kind: 'unit' }),
    col('level', en(LEVELS)), col('source_id', id), col('locator', text), col('quote', text),
    col('note_zh', text, false), col('note_en', text, false),
  ],
  'notes.csv': [
    col('note_id', id), col('kind', en(NOTE_KINDS)), col('indicator_ids', { kind: 'idlist' }),
    col('title_zh', text), col('title_en', text), col('text_zh', text), col('text_en', text),
    col('source_id', id), col('locator_a', text), col('quote_a', text),
    col('source_id_b', id), col('locator_b', text), col('quote_b', text),
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

/** Name of a data file covered by the contract. */
export type DataFileName = keyof typeof FILE_SPECS;

/** All data file names, for fetching and for the CLI. */
export const DATA_FILES = Object.keys(FILE_SPECS) as DataFileName[];

/** Optional columns the contract documents beyond the required ones (read when present). */
export const OPTIONAL_COLUMNS: Readonly<Partial<Record<DataFileName, readonly ColumnSpec[]>>> = {
  'sources.csv': [col('short_zh', text, false), col('short_en', text, false)],
  'indicators.csv': [col('definition_zh', text, false), col('definition_en', text, false)],
};

/** Where a record came from, so every message and every figure on screen can point back at its CSV row. */
export interface RowRef {
  readonly file: DataFileName;
  readonly line: number;
}

export interface Source extends RowRef {
  readonly sourceId: string;
  readonly path: string;
  readonly titleZh: string;
  readonly titleEn: string;
  /** How tables and source lines cite the document; empty when the file gives none (the title is used then). */
  readonly shortZh: string;
  readonly shortEn: string;
  readonly publisher: string;
  readonly published: string;
}

/**
 * How a figure cites its document in a table cell or a chart's source line: the short name where `sources.csv` gives
 * one (a full title repeated on every row of a 50-row table buries the locator that differs), else the full title. The
 * Sources section and the CSV of a chart's data keep the full title.
 */
export function citedTitle(s: Pick<Source, 'titleZh' | 'titleEn' | 'shortZh' | 'shortEn'>, lang: 'zh' | 'en'): string {
  return (lang === 'zh' ? s.shortZh || s.titleZh : s.shortEn || s.titleEn);
}

/**
 * A locator as a reader of `lang` sees it. Locators are written "Chinese heading / English translation"
 * (`附录 关键绩效表 / Appendix: key performance table`): the Chinese page shows the Chinese heading only; the English
 * page keeps both, since the Chinese heading is what finds the passage in the Chinese source. A locator without the
 * " / " form is shown as written. CSV downloads and the preview keep the locator as written.
 */
export function citedLocator(locator: string, lang: 'zh' | 'en'): string {
  const cut = locator.indexOf(' / ');
  return lang === 'zh' && cut > 0 ? locator.slice(0, cut) : locator;
}

export interface Scope extends RowRef {
  readonly scopeId: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface Indicator extends RowRef {
  readonly indicatorId: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly category: Category;
  readonly unit: string;
  readonly direction: Direction;
  readonly gri: string;
  readonly decimals: number;
  readonly definitionZh: string;
  readonly definitionEn: string;
}

/** A figure with its provenance. `valueText` is the number as printed (no separators), `value` the same as a number. */
export interface Observation extends RowRef {
  readonly indicatorId: string;
  readonly period: string;
  readonly scopeId: string;
  readonly value: number;
  readonly valueText: string;
  readonly status: ObservationStatus;
  readonly sourceId: string;
  readonly locator: string;
  readonly quote: string;
  readonly noteZh: string;
  readonly noteEn: string;
}

export interface Target extends RowRef {
  readonly targetId: string;
  readonly indicatorId: string;
  readonly scopeId: string;
  readonly period: string;
  readonly comparator: Comparator;
  readonly value: number;
  readonly valueText: string;
  readonly unit: string;
  readonly level: TargetLevel;
  readonly sourceId: string;
  readonly locator: string;
  readonly quote: string;
  readonly noteZh: string;
  readonly noteEn: string;
}

/**
 * A documented problem in the sources: two passages that contradict each other, or a figure that cannot be right.
 * Both passages are quoted (the second may be the same document), and the affected indicators are listed.
 */
export interface DataNote extends RowRef {
  readonly noteId: string;
  readonly kind: NoteKind;
  readonly indicatorIds: readonly string[];
  readonly titleZh: string;
  readonly titleEn: string;
  readonly textZh: string;
  readonly textEn: string;
  readonly sourceId: string;
  readonly locatorA: string;
  readonly quoteA: string;
  readonly sourceIdB: string;
  readonly locatorB: string;
  readonly quoteB: string;
}

/** The whole validated dataset: only rows without errors. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly scopes: readonly Scope[];
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly targets: readonly Target[];
  readonly notes: readonly DataNote[];
}
