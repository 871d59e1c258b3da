/** Arguments and statistics of `npm run bench` (scripts/bench.ts), apart from it so unit tests can run them. */

/** Median, smallest and largest of the values (NaN when a run never drew: it stays visible instead of vanishing). */
export function summarize(values: readonly number[]): { median: number; min: number; max: number } {
  if (values.length === 0 || values.some(Number.isNaN)) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** `--runs N`: timed loads per section and CPU rate (default 5; one run on this noisy machine moves by ±15%). */
export function runsArg(argv: readonly string[]): number {
  const at = argv.indexOf('--runs');
  if (at < 0) return 5;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--runs needs a whole number of at least 1, got ${argv[at + 1] ?? 'nothing'}`);
  return n;
}
