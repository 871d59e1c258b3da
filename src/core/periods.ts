/**
 * Reporting periods as time. The CSV keeps periods as text (`2020`, `2020-H1`, `2020-H2`, `2021-09`) because that is
 * how reports print them; targets, paces and sorting need them as positions on a time line.
 *
 * Nothing here throws: a malformed period (which `rows.ts` already refuses, so only a caller's bug can produce one)
 * gives `null`, and sorts after every valid period.
 */

/** The granularity of a period; a year target may be checked against half-year or monthly actuals. */
export type PeriodKind = 'year' | 'half' | 'month';

// Same shape as the `period` column in rows.ts; the year range is that file's job, not ours.
const PERIOD = /^(\d{4})(?:-(H1|H2|0[1-9]|1[0-2]))?$/;

interface Span {
  readonly kind: PeriodKind;
  readonly start: number;
  readonly end: number;
}

function span(p: string): Span | null {
  const m = PERIOD.exec(p);
  if (!m) return null;
  const year = Number(m[1]);
  const part = m[2];
  if (part === undefined) return { kind: 'year', start: year, end: year + 1 };
  if (part === 'H1') return { kind: 'half', start: year, end: year + 0.5 };
  if (part === 'H2') return { kind: 'half', start: year + 0.5, end: year + 1 };
  const month = Number(part);
  return { kind: 'month', start: year + (month - 1) / 12, end: year + month / 12 };
}

/** True for a period string the data contract accepts in shape; lets callers filter before doing arithmetic. */
export function isPeriod(p: string): boolean {
  return PERIOD.test(p);
}

/** Granularity of `p`, or `null` when `p` is not a period, so a UI can say "annual" vs "monthly" without parsing. */
export function periodKind(p: string): PeriodKind | null {
  return span(p)?.kind ?? null;
}

/**
 * Fractional year at the START of `p` (`2020-H2` → 2020.5). Needed with {@link periodEnd} when a chart draws a period
 * as an interval rather than a point.
 */
export function periodStart(p: string): number | null {
  return span(p)?.start ?? null;
}

/**
 * Fractional year at the END of `p`: `2020` → 2021, `2020-H1` → 2020.5, `2020-H2` → 2021, `2021-09` → 2021.75.
 *
 * The end, not the start, because a figure for a period is only known once the period is over and a target "for
 * 2021" is due at the end of 2021: the time between a baseline and a deadline is `periodEnd(deadline) -
 * periodEnd(baseline)`, so a 2020 baseline and a 2021 target are one year apart whatever their granularity.
 */
export function periodEnd(p: string): number | null {
  return span(p)?.end ?? null;
}

/**
 * Sort comparator putting periods in time order.
 *
 * Rule: earlier end first; at an equal end, the shorter period first (month, then half, then year), so `2021-12`,
 * `2021-H2`, `2021` sort in that order — the way a report lists details before their subtotal, and so that "the
 * latest" figure at a year end is the full-year one. Equal strings compare 0; anything else never does, which makes
 * the order total and sorting deterministic whatever the input order. Malformed periods go last, by string.
 */
export function comparePeriods(a: string, b: string): number {
  const sa = span(a);
  const sb = span(b);
  if (sa && sb) {
    if (sa.end !== sb.end) return sa.end - sb.end;
    // A later start is a shorter period at the same end.
    if (sa.start !== sb.start) return sb.start - sa.start;
    return 0;
  }
  if (sa) return -1;
  if (sb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
