/**
 * Every chart the dashboard draws, as plain data: a safe id, the words around it and the ECharts option from the same
 * builders the page uses. The export CLI renders this list; no i18next or React here, the caller passes `Labels`.
 */
import { assessTarget, CATEGORIES, commaList, joinSentences, nameIn, periodEnd, scopeName, type Category, type Dataset, type Lang, type NoteKind, type TargetStatus } from '../core';
import { noteMarker, sourceLines } from './footnotes';
import { buildSeries, notesOf, targetPaths, withEveryYear, type Series, type TargetPathModel } from './series';
import { targetPathOption, type PathPoint } from './targetPath';
import { currentPeriod, describeTargets, listText, summarizeTargets } from './targetSummary';
import { describeTrend } from './describe';
import { trendOption, type TrendPoint } from './trend';

/** Interface-text keys the catalog needs (a subset of the UI catalog in src/shared/locales). */
export type WordKey =
  | 'chart.source' | 'chart.unitSubtitle' | 'chart.scopeSubtitle' | 'chart.noteMarker'
  | 'chart.better' | 'chart.worse' | 'chart.unchanged'
  | 'chart.describeUp' | 'chart.describeDown' | 'chart.describeFlat' | 'chart.describeSame' | 'chart.describeSameEnds' | 'chart.describeRank' | 'chart.judgementBetter' | 'chart.judgementWorse'
  | 'progress.chartTitle' | 'progress.actualSeries' | 'progress.pathSeries' | 'progress.yearEnd' | 'progress.crossScope'
  | 'progress.describe' | 'progress.describeNoBaseline' | 'progress.describeFinal' | 'progress.describeRange' | `progress.bound.${'le' | 'ge' | 'eq'}`
  | 'progress.describeMixed' | `progress.describeStatus.${TargetStatus}` | `progress.describeAll.${TargetStatus}`
  | 'level.industry_advanced' | 'level.industry_average' | 'level.plan' | 'indicators.noData' | `notes.kind.${NoteKind}`;

/**
 * Everything language-dependent, supplied by the caller (i18next and src/shared/format in the app and the CLI). Values
 * and units always come as a pair, so a reader never sees a number in one unit labelled with another.
 */
export interface Labels {
  readonly lang: Lang;
  /** A period code in words ("2020-H1" -> "H1 2020"). */
  readonly period: (period: string) => string;
  /** A unit code in the reader's unit ("10^4 t" -> "million t" in English). */
  readonly unit: (code: string) => string;
  /** A printed number in the reader's unit, formatted ("2902.17", "10^4 tce" -> "29.0217" in English). */
  readonly value: (valueText: string, unitCode: string) => string;
  /** The unit as written after a number ("" for an English count or rank). */
  readonly unitAfter: (code: string) => string;
  /** `value` with its unit, as running text writes them ("92.92%", "29.0217 Mt tce"); `space` joins other units. */
  readonly amount: (valueText: string, unitCode: string, space?: string) => string;
  /** The same number as plotted (same exact conversion as `value`). */
  readonly number: (valueText: string, unitCode: string) => number;
  /** The change between two plotted numbers in words ("+1.3%", or "-8.32 pp" for percentages). */
  readonly change: (prev: number, curr: number, unitCode: string) => string;
  /** Interface text with `{{name}}` parameters filled in, never HTML-escaped (ECharts and XML writers escape). */
  readonly words: (key: WordKey, params?: Readonly<Record<string, string | number>>) => string;
}

/** One exportable chart. */
export interface ChartEntry {
  /** Stable and safe for file names and URLs: [a-z0-9-] only, derived from ids, never from free text. */
  readonly id: string;
  readonly kind: 'trend' | 'target-path';
  readonly indicatorId: string;
  readonly category: Category;
  readonly title: string;
  /** Unit, and scope where it is not the whole group (as on the dashboard card). */
  readonly subtitle: string;
  /** "Source: title, locator", one per distinct source passage behind the chart. */
  readonly sources: readonly string[];
  /** A marker line per data note that concerns the indicator: its kind (contradiction, definition, scope...) and title. */
  readonly notes: readonly string[];
  /** Scope caveat of a target path whose baseline is of another scope; '' otherwise. */
  readonly caveat: string;
  /** What a reader should take away, in one sentence (alt text, speaker notes). */
  readonly description: string;
  /** Lines to print under the chart: caveat, sources, note markers. */
  readonly footer: readonly string[];
  readonly option: ReturnType<typeof trendOption> | ReturnType<typeof targetPathOption>;
}

/** Options of {@link buildCatalog}. */
export interface CatalogOptions {
  readonly theme?: 'light' | 'dark';
  readonly decal?: boolean;
  /** Category groups in page order (e.g. the dashboard sections); default one group per category. */
  readonly groups?: ReadonlyArray<readonly Category[]>;
  /** The period targets are judged at (their status in a target path's description); default the current year. */
  readonly asOf?: string;
}

/** Lower-case, [a-z0-9] runs joined by single hyphens: ids keep their shape, nothing else survives. */
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

/**
 * Joins slugged id parts with "--", which a slug never contains, so the parts stay apart ("a-b--c" is never "a--b-c").
 * Ids differing only in runs of "_" ("a_b", "a__b") slug alike; {@link buildCatalog} numbers such clashes.
 */
export const chartId = (...parts: readonly string[]): string => parts.map(slug).join('--');


/** A series' points as the trend chart plots them: in the reader's unit, with yearly gaps as explicit blanks. */
export function trendPoints(s: Series, l: Labels): TrendPoint[] {
  const unit = s.indicator.unit;
  const points = s.points.map((o) => ({ period: o.period, label: l.period(o.period), value: l.number(o.valueText, unit), display: l.value(o.valueText, unit) }));
  return withEveryYear<TrendPoint>(points, (year) => ({ period: year, label: l.period(year), value: null, display: l.words('indicators.noData') }));
}

function trendEntry(data: Dataset, s: Series, l: Labels, o: CatalogOptions): Omit<ChartEntry, 'id' | 'footer'> {
  const ind = s.indicator;
  const name = nameIn(l.lang, ind);
  const unit = l.unit(ind.unit);
  const scope = s.scopeId !== 'group' ? ` · ${l.words('chart.scopeSubtitle', { scope: scopeName(data, s.scopeId, l.lang) })}` : '';
  return {
    kind: 'trend', indicatorId: ind.indicatorId, category: ind.category, title: name,
    subtitle: `${l.words('chart.unitSubtitle', { unit })}${scope}`,
    sources: sourceLines(data, s.rows, l),
    notes: s.notes.map((n) => noteMarker(n, l)),
    caveat: '',
    description: describeTrend(s, l),
    option: trendOption({
      name, unit, valueUnit: l.unitAfter(ind.unit), direction: ind.direction, theme: o.theme ?? 'light', decal: o.decal ?? false, points: trendPoints(s, l), lang: l.lang,
      words: { better: l.words('chart.better'), worse: l.words('chart.worse'), unchanged: l.words('chart.unchanged'), neutral: '' },
    }),
  };
}

/** The words and option of a target-path chart, as the dashboard's "targets against actuals" card draws it. */
export function targetPathEntry(data: Dataset, m: TargetPathModel, l: Labels, o: CatalogOptions = {}): Omit<ChartEntry, 'id' | 'footer'> {
  const theme = o.theme ?? 'light';
  const ind = m.indicator;
  const name = nameIn(l.lang, ind);
  const unit = l.unit(ind.unit);
  const scope = (id: string) => scopeName(data, id, l.lang);
  // Plotted and printed numbers both in the reader's unit, by the same exact conversion.
  const point = (period: string, valueText: string, level: string): PathPoint => ({
    x: periodEnd(period) ?? 0, value: l.number(valueText, ind.unit), label: l.period(period), display: l.value(valueText, ind.unit), level,
  });
  const title = l.words('progress.chartTitle', { name });
  const b = m.baseline;
  const asOf = o.asOf ?? currentPeriod();
  const sentence = describeTargets(
    summarizeTargets(m.rows.map((r) => ({ target: r.target, assessment: assessTarget(r.target, m.actuals, asOf) })), b),
    name, ind.unit, l, scope,
  );
  const caveat = m.crossesScope && b ? l.words('progress.crossScope', {
    value: l.amount(b.valueText, ind.unit), period: l.period(b.period), baselineScope: scope(b.scopeId),
    // A list inside a sentence: "X and Y", "X和Y" (the legend's list of scopes keeps commas).
    scopes: listText(m.scopes.map(scope), l.lang),
  }) : '';
  return {
    kind: 'target-path', indicatorId: ind.indicatorId, category: ind.category, title,
    subtitle: l.words('chart.unitSubtitle', { unit }),
    sources: sourceLines(data, [...m.rows.map((r) => r.target), ...m.actuals], l),
    notes: notesOf(data, ind.indicatorId).map((n) => noteMarker(n, l)),
    caveat,
    // The dashboard's sentence under the chart; an image's reader cannot read the caveat printed in it, so it follows.
    description: joinSentences(l.lang, sentence, caveat),
    option: targetPathOption({
      unit, valueUnit: l.unitAfter(ind.unit), theme, lang: l.lang,
      actuals: {
        name: l.words('progress.actualSeries', { scope: commaList([...new Set(m.actuals.map((o) => o.scopeId))].map(scope), l.lang) }),
        points: m.actuals.map((o) => point(o.period, o.valueText, '')),
      },
      paths: m.scopes.map((sc) => ({
        name: l.words('progress.pathSeries', { scope: scope(sc) }),
        points: [
          ...(b ? [point(b.period, b.valueText, '')] : []),
          ...m.rows.filter((r) => r.target.scopeId === sc).map((r) => point(r.target.period, r.target.valueText, r.target.level)),
        ],
      })),
      levelNames: { industry_advanced: l.words('level.industry_advanced'), industry_average: l.words('level.industry_average'), plan: l.words('level.plan') },
      yearEndLabel: (v: number) => l.words('progress.yearEnd', { year: v - 1 }),
    }),
  };
}

/** Completes an entry with its id and the footer lines an image prints (caveat, sources, data notes). */
export function withFooter(entry: Omit<ChartEntry, 'id' | 'footer'>, id: string): ChartEntry {
  const footer = [entry.caveat, ...entry.sources, ...entry.notes].filter(Boolean);
  return { ...entry, id, footer };
}

/**
 * Every chart of the dashboard, group by group: the target paths of indicators with two or more targets, then the
 * trend of every series with two or more periods. Ids are unique; a clash (only possible between ids such as `a_b`
 * and `a__b`) gets a numbered suffix in data order, so ids stay stable while the data do.
 */
export function buildCatalog(data: Dataset, labels: Labels, options: CatalogOptions = {}): ChartEntry[] {
  const groups = options.groups ?? CATEGORIES.map((c) => [c]);
  const drafts: Array<{ base: string; entry: Omit<ChartEntry, 'id' | 'footer'> }> = [];
  for (const categories of groups) {
    for (const m of targetPaths(data, categories).filter((x) => x.rows.length >= 2)) {
      drafts.push({ base: chartId(m.indicator.indicatorId, 'targets'), entry: targetPathEntry(data, m, labels, options) });
    }
    for (const s of buildSeries(data, categories).filter((x) => x.points.length >= 2)) {
      drafts.push({ base: chartId(s.indicator.indicatorId, s.scopeId, s.kind), entry: trendEntry(data, s, labels, options) });
    }
  }
  const used = new Set<string>();
  return drafts.map(({ base, entry }) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return withFooter(entry, id);
  });
}
