/**
 * The arithmetic behind trends and targets: changes, growth rates, gaps, paces and target status.
 *
 * Everything is pure and nothing is rounded (rounding is for display). Where a figure is undefined — a division by
 * zero, a missing input, a deadline that is not after the baseline — the answer is `null`, never NaN or Infinity,
 * so a chart cannot silently plot a hole as a number.
 */
import type { Comparator, Direction, Observation, Target } from './contract';
import { decimalsOf } from './numbers';
import { comparePeriods, periodEnd } from './periods';

/** A number that may be missing; missing or non-finite inputs make the result `null`. */
export type MaybeNumber = number | null | undefined;

const ok = (x: MaybeNumber): x is number => typeof x === 'number' && Number.isFinite(x);
// Results must never leak NaN/Infinity, and -0 would print as "-0" and fail equality checks.
const finite = (x: number): number | null => (Number.isFinite(x) ? x + 0 : null);
// Percent of |base| so the sign of a percentage always matches the sign of the change it describes.
const pct = (x: number, base: number): number | null => (base === 0 ? null : finite((x / Math.abs(base)) * 100));

/** A change between two values: absolute in the indicator's unit, and in percent of the starting value. */
export interface Change {
  readonly absolute: number;
  readonly percent: number | null;
}

/**
 * Change from `prev` to `curr`. `percent` is relative to |prev| so its sign always matches `absolute` (a loss going
 * from -10 to -5 is an increase, +50 %), and is `null` when `prev` is 0.
 */
export function yoyChange(prev: MaybeNumber, curr: MaybeNumber): Change | null {
  if (!ok(prev) || !ok(curr)) return null;
  const absolute = finite(curr - prev);
  if (absolute === null) return null;
  return { absolute, percent: pct(absolute, prev) };
}

/**
 * Compound annual growth rate from `first` to `last` over `years`, in percent (5 = +5 % a year), to match the other
 * percentages here. `null` when `years` <= 0 or either value <= 0, where a compound rate has no meaning.
 */
export function cagr(first: MaybeNumber, last: MaybeNumber, years: MaybeNumber): number | null {
  if (!ok(first) || !ok(last) || !ok(years) || years <= 0 || first <= 0 || last <= 0) return null;
  return finite((Math.pow(last / first, 1 / years) - 1) * 100);
}

/** How a change reads for the indicator; drives colours, so a worsening trend must never look good. */
export type Judgement = 'better' | 'worse' | 'unchanged' | 'neutral';

/**
 * Judges a signed `change` by the indicator's `direction`: a fall is 'better' for `lower_better`, 'worse' for
 * `higher_better`. A `neutral` indicator is always 'neutral' (there is no good way for, say, output to move).
 * Otherwise a missing change is `null`, and |change| <= `tolerance` is 'unchanged' — pass half a display unit so a
 * change that prints as 0.0 is not coloured as a trend.
 */
export function judgement(direction: Direction, change: MaybeNumber, tolerance = 0): Judgement | null {
  if (direction === 'neutral') return 'neutral';
  if (!ok(change)) return null;
  if (Math.abs(change) <= tolerance) return 'unchanged';
  return (change < 0) === (direction === 'lower_better') ? 'better' : 'worse';
}

/** Distance from a target: absolute (actual - target), percent of |target| (null when 0), and whether it is met. */
export interface Gap {
  readonly absolute: number;
  readonly percent: number | null;
  readonly met: boolean;
}

/** Half a unit of the last printed decimal: "0.290" (3 decimals) → 0.0005. */
export function halfUnit(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals);
}

/**
 * Gap between `actual` and a target. `met` follows the comparator: '<=' when actual <= value, '>=' when actual >=
 * value, '=' when |actual - value| <= half a unit of the target's last printed decimal (`decimals`), because "=
 * 0.29" is a printed, rounded promise. A hair of slack absorbs binary rounding exactly on that boundary.
 * `percent` is relative to |target| so its sign matches `absolute`.
 */
export function gapToTarget(
  actual: MaybeNumber,
  target: { readonly comparator: Comparator; readonly value: number },
  decimals: number,
): Gap | null {
  if (!ok(actual) || !ok(target.value)) return null;
  const absolute = finite(actual - target.value);
  if (absolute === null) return null;
  const met = target.comparator === '<=' ? actual <= target.value
    : target.comparator === '>=' ? actual >= target.value
      : Math.abs(absolute) <= halfUnit(decimals) * (1 + 1e-9);
  return { absolute, percent: pct(absolute, target.value), met };
}

/**
 * Fraction of the baseline-to-target gap closed by `latest`: 0 no progress, 1 reached, > 1 overshot, < 0 moved away.
 * `null` when baseline equals target (there was no gap to close) or an input is missing.
 */
export function shareOfGapClosed(baseline: MaybeNumber, latest: MaybeNumber, target: MaybeNumber): number | null {
  if (!ok(baseline) || !ok(latest) || !ok(target) || baseline === target) return null;
  return finite((latest - baseline) / (target - baseline));
}

/** Linear change needed per year: absolute, and percent of |baseline| (null when the baseline is 0). */
export interface Pace {
  readonly absolute: number;
  readonly percent: number | null;
  /** Years between the end of the baseline period and the end of the target period. */
  readonly years: number;
}

/**
 * The straight-line change per year that takes the baseline to the target by its deadline, with time measured
 * between period ends (see `periodEnd`). Linear, not compound, because targets are stated as levels to reach, and a
 * linear pace can be compared with the actual yearly change. `null` when the deadline is not after the baseline.
 */
export function requiredPacePerYear(
  baselineValue: MaybeNumber, baselinePeriod: string, targetValue: MaybeNumber, targetPeriod: string,
): Pace | null {
  const from = periodEnd(baselinePeriod);
  const to = periodEnd(targetPeriod);
  if (!ok(baselineValue) || !ok(targetValue) || from === null || to === null || to <= from) return null;
  const years = to - from;
  const absolute = finite((targetValue - baselineValue) / years);
  if (absolute === null) return null;
  return { absolute, percent: pct(absolute, baselineValue), years };
}

/**
 * True when `value` already satisfies a one-sided target (at most / at least): from there no change is needed to meet
 * it, and a "pace" towards the target would point the wrong way (a ceiling of 13,280 above a figure of 13,066 is not
 * a call for +214 a year). An '=' target always asks for its exact value.
 */
export function alreadyWithin(value: MaybeNumber, target: Pick<TargetLike, 'comparator' | 'value'>): boolean {
  return ok(value) && ok(target.value) && target.comparator !== '=' && remainingGap(value, target) <= 0;
}

/** Where a target stands; see {@link targetStatus} for the rules. */
export type TargetStatus = 'met' | 'on_track' | 'off_track' | 'not_yet_due' | 'no_data';

/** The parts of a target the status needs. */
export type TargetLike = Pick<Target, 'indicatorId' | 'scopeId' | 'period' | 'comparator' | 'value' | 'valueText'>;
/** The parts of an observation the status needs. */
export type ActualLike = Pick<Observation, 'indicatorId' | 'scopeId' | 'period' | 'value'>;

/**
 * True only when the observation measures what the target promises: same indicator AND same scope. A group figure
 * says nothing about a target set for one subsidiary, however close the numbers look.
 */
export function comparable(
  observation: Pick<ActualLike, 'indicatorId' | 'scopeId'>, target: Pick<TargetLike, 'indicatorId' | 'scopeId'>,
): boolean {
  return observation.indicatorId === target.indicatorId && observation.scopeId === target.scopeId;
}

/**
 * Status of a target. `asOf` is a PERIOD string (e.g. the latest reporting period in the data): it stands for the
 * end of that period, the moment its figures become known; `asOf` = the deadline's period means the deadline has
 * passed. Rules, first match wins (D = end of the target period, B/L = end of the baseline/latest periods):
 *
 * 1. No actual after the baseline (no `latest`, or L <= B) and the deadline passed (end of `asOf` >= D) → 'no_data'.
 * 2. `latest` meets the target ({@link gapToTarget}; '=' uses the decimals printed in `target.valueText`) → 'met'.
 * 3. Deadline passed (L >= D, or end of `asOf` >= D) → 'off_track'.
 * 4. Baseline and a later `latest`: 'on_track' when the share of the gap closed is at least the share of time
 *    elapsed, (L - B) / (D - B) — time up to the latest figure, so reporting lag is not counted as slippage — else
 *    'off_track'. A baseline that already met the target and has slipped since is 'off_track'; for '=' the gap is
 *    the distance to the value, so overshooting is not progress.
 * 5. Otherwise (before the deadline, nothing to measure progress with) → 'not_yet_due'.
 *
 * Actuals that are not {@link comparable} with the target are treated as absent, so a figure of another scope can
 * never make a target look met; {@link assessTarget} picks the actuals for you.
 */
export function targetStatus(input: {
  readonly target: TargetLike;
  readonly baseline?: ActualLike | null;
  readonly latest?: ActualLike | null;
  readonly asOf: string;
}): TargetStatus {
  const { target } = input;
  const base = input.baseline && comparable(input.baseline, target) ? input.baseline : null;
  const last = input.latest && comparable(input.latest, target) ? input.latest : null;
  const D = periodEnd(target.period);
  const now = periodEnd(input.asOf);
  const B = base && periodEnd(base.period);
  const L = last && periodEnd(last.period);
  if (D === null || now === null) return 'no_data';
  const progress = L !== null && (base === null || (B !== null && L > B));
  if (!progress && now >= D) return 'no_data';
  if (last && gapToTarget(last.value, target, decimalsOf(target.valueText))?.met) return 'met';
  if (now >= D || (L !== null && L >= D)) return 'off_track';
  if (!progress || !base || !last || B === null || L === null) return 'not_yet_due';
  const baseGap = remainingGap(base.value, target);
  if (baseGap <= 0) return 'off_track';
  const closed = 1 - remainingGap(last.value, target) / baseGap;
  return closed >= (L - B) / (D - B) ? 'on_track' : 'off_track';
}

// How far a value still has to go, in the direction the comparator asks for; <= 0 means nothing left to do.
function remainingGap(value: number, target: Pick<TargetLike, 'comparator' | 'value'>): number {
  if (target.comparator === '<=') return value - target.value;
  if (target.comparator === '>=') return target.value - value;
  return Math.abs(value - target.value);
}

/** Everything the UI shows about one target, computed from comparable actuals only. */
export interface TargetAssessment<O extends ActualLike = Observation> {
  readonly status: TargetStatus;
  /** Latest actual against the target; null without a latest actual. */
  readonly gap: Gap | null;
  /** Share of the baseline-to-target gap closed by the latest actual (see {@link shareOfGapClosed}). */
  readonly shareClosed: number | null;
  /** Pace needed from the baseline to the deadline (see {@link requiredPacePerYear}). */
  readonly requiredPace: Pace | null;
  readonly baseline: O | null;
  readonly latest: O | null;
  /**
   * Same indicator, other scopes, in time order: never used for the status, listed so the UI can show them with a
   * label such as "group average, not the target's scope" instead of letting them pass for progress.
   */
  readonly crossScopeActuals: readonly O[];
}

/**
 * Assesses `target` as of the period `asOf` (see {@link targetStatus}) from all `observations`.
 *
 * Only comparable observations ending no later than `asOf` count. The latest is the last of them in
 * {@link comparePeriods} order. The baseline is the comparable observation for `options.baselinePeriod` when given
 * (a plan's stated base year; null if there is no such figure), else the earliest one ending before the deadline —
 * a figure at or after the deadline cannot be a starting point. When a period has several comparable figures
 * (two reports), a 'reported' one beats a 'derived' one, then the first in input (file) order wins.
 */
export function assessTarget<O extends ActualLike & Partial<Pick<Observation, 'status'>>>(
  target: TargetLike,
  observations: readonly O[],
  asOf: string,
  options: { readonly baselinePeriod?: string } = {},
): TargetAssessment<O> {
  const now = periodEnd(asOf);
  const deadline = periodEnd(target.period);
  // Same indicator, known by `asOf`: a malformed period has no end and drops out here.
  const known = observations.filter((o) => o.indicatorId === target.indicatorId
    && now !== null && (periodEnd(o.period) ?? Infinity) <= now);
  const own = preferReported(known.filter((o) => comparable(o, target)));
  const crossScopeActuals = known.filter((o) => !comparable(o, target))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = own.length > 0 ? own[own.length - 1] : null;
  const baseline = options.baselinePeriod !== undefined
    ? own.find((o) => o.period === options.baselinePeriod) ?? null
    : own.find((o) => deadline !== null && periodEnd(o.period)! < deadline) ?? null;
  return {
    status: targetStatus({ target, baseline, latest, asOf }),
    gap: latest ? gapToTarget(latest.value, target, decimalsOf(target.valueText)) : null,
    // Only a figure after the baseline measures progress: the baseline against itself would read "0% closed".
    shareClosed: baseline && latest && comparePeriods(latest.period, baseline.period) > 0
      ? shareOfGapClosed(baseline.value, latest.value, target.value) : null,
    requiredPace: baseline ? requiredPacePerYear(baseline.value, baseline.period, target.value, target.period) : null,
    baseline, latest, crossScopeActuals,
  };
}

// One figure per period, in time order: 'reported' before 'derived', then input order (sort is stable).
function preferReported<O extends ActualLike & Partial<Pick<Observation, 'status'>>>(list: readonly O[]): O[] {
  const rank = (o: O) => (o.status === 'derived' ? 1 : 0);
  const sorted = [...list].sort((a, b) => comparePeriods(a.period, b.period) || rank(a) - rank(b));
  return sorted.filter((o, i) => i === 0 || sorted[i - 1].period !== o.period);
}
