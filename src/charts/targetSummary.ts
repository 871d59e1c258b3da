import { comparePeriods, type Observation, type Target, type TargetStatus } from '../core';
import type { Labels } from './catalog';

/** The period targets are judged at by default: the current calendar year, so a passed deadline without data says so. */
export const currentPeriod = (): string => String(new Date().getFullYear());

/** The order statuses are counted in a target chart's description: settled first, then what is still open. */
export const STATUS_ORDER: readonly TargetStatus[] = ['met', 'off_track', 'on_track', 'not_yet_due', 'no_data'];

/** A milestone with its status, as the dashboard's table and the catalog both have it. */
export interface AssessedTarget {
  readonly target: Target;
  readonly assessment: { readonly status: TargetStatus };
}

/** What a target chart's one-sentence description says: where the path starts, where each scope's ends, how it stands. */
export interface TargetSummary<R extends AssessedTarget = AssessedTarget> {
  /** The figure the chart's paths start from, if any. */
  readonly baseline: Observation | null;
  /**
   * Per scope (in the rows' order), its last milestone: the rows of its latest deadline. Two rows there are a range
   * (at least 2% and at most 8%), which the description states as one.
   */
  readonly finals: ReadonlyArray<readonly R[]>;
  /** How many milestones have each status, in STATUS_ORDER, statuses with none left out. */
  readonly statuses: ReadonlyArray<readonly [TargetStatus, number]>;
  /** All milestones. */
  readonly count: number;
}

/** Summarises one indicator's milestones (see TargetSummary). */
export function summarizeTargets<R extends AssessedTarget>(rows: readonly R[], baseline: Observation | null): TargetSummary<R> {
  const finals = new Map<string, R[]>();
  for (const r of rows) {
    const known = finals.get(r.target.scopeId);
    const order = known ? comparePeriods(r.target.period, known[0].target.period) : 1;
    if (order > 0) finals.set(r.target.scopeId, [r]);
    else if (order === 0) known!.push(r);
  }
  const counts = new Map<TargetStatus, number>();
  for (const r of rows) counts.set(r.assessment.status, (counts.get(r.assessment.status) ?? 0) + 1);
  return {
    baseline,
    finals: [...finals.values()],
    statuses: STATUS_ORDER.filter((s) => counts.has(s)).map((s) => [s, counts.get(s)!] as const),
    count: rows.length,
  };
}

const BOUND = { '<=': 'le', '>=': 'ge', '=': 'eq' } as const;

/**
 * "A, B, and C" / "A、B和C": what `Intl.ListFormat` gives for a conjunction (a test proves it), without it: the first
 * use of an Intl formatter on a page loads ICU data, ~0.2 s on the energy section's first render at 4x CPU. One
 * difference in Chinese: an item that starts with a digit or a Latin letter gets a space after 和 ("2 个和 45 个"), as
 * everywhere else on the site Chinese text keeps a space before numbers.
 */
export function listText(items: readonly string[], lang: 'zh' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return lang === 'zh'
    ? `${head.join('、')}和${/^[0-9A-Za-z]/.test(last) ? ' ' : ''}${last}`
    : `${head.join(', ')}${items.length > 2 ? ',' : ''} and ${last}`;
}

/**
 * A target chart's trend in one sentence, in the reader's language: where the plan starts (the baseline, its period
 * and scope), where it leads for each scope (bound, value, deadline), and how many milestones are met, off track, not
 * yet due or without a figure for their scope. The dashboard shows it under the chart as the image's description; the
 * exports use it as alt text and speaker notes.
 */
export function describeTargets(summary: TargetSummary, name: string, unitCode: string, l: Labels, scope: (id: string) => string): string {
  const final = (rows: readonly AssessedTarget[]): string => {
    const g = rows[rows.length - 1].target;
    const where = { period: l.period(g.period), scope: scope(g.scopeId) };
    const low = rows.find((r) => r.target.comparator === '>=')?.target;
    const high = rows.find((r) => r.target.comparator === '<=')?.target;
    // A floor and a ceiling at one deadline are one target, "between 2% and 8%": either alone would misstate it.
    if (low && high) return l.words('progress.describeRange', { ...where, low: l.amount(low.valueText, low.unit), high: l.amount(high.valueText, high.unit) });
    return l.words('progress.describeFinal', { ...where, bound: l.words(`progress.bound.${BOUND[g.comparator]}`), value: l.amount(g.valueText, g.unit) });
  };
  // One status for every milestone reads as a whole ("none of its 6 milestones has a figure…"); a mix is counted.
  const [only] = summary.statuses.length === 1 ? summary.statuses[0] : [];
  const values = {
    name,
    finals: listText(summary.finals.map(final), l.lang),
    statuses: only
      ? l.words(`progress.describeAll.${only}`, { count: summary.count })
      : l.words('progress.describeMixed', {
        count: summary.count, list: listText(summary.statuses.map(([s, n]) => l.words(`progress.describeStatus.${s}`, { n })), l.lang),
      }),
  };
  const b = summary.baseline;
  return b
    ? l.words('progress.describe', { ...values, baseline: l.amount(b.valueText, unitCode), period: l.period(b.period), scope: scope(b.scopeId) })
    : l.words('progress.describeNoBaseline', values);
}
