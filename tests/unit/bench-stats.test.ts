import { describe, expect, it } from 'vitest';
import { runsArg, summarize } from '../../scripts/benchStats';

// One timed load moves by ±15% on a busy 2-core machine; the bench reports the median of several and their range.
describe('the bench\'s summary of repeated timings', () => {
  it.each([
    [[900], { median: 900, min: 900, max: 900 }],
    [[1020, 880, 950], { median: 950, min: 880, max: 1020 }],
    [[1000, 900, 950, 980], { median: 965, min: 900, max: 1000 }],
  ])('%j', (values, expected) => {
    expect(summarize(values)).toEqual(expected);
  });

  it('shows a run that never drew as NaN instead of dropping it', () => {
    expect(summarize([900, NaN, 950]).median).toBeNaN();
    expect(summarize([]).median).toBeNaN();
  });

  it.each([
    [['node', 'bench.ts'], 5],
    [['node', 'bench.ts', '--runs', '9'], 9],
    [['node', 'bench.ts', '--sizes-only', '--runs', '1'], 1],
  ])('%j runs %i times', (argv, n) => {
    expect(runsArg(argv)).toBe(n);
  });

  it.each([[['--runs']], [['--runs', '0']], [['--runs', '2.5']], [['--runs', 'many']]])('refuses %j', (argv) => {
    expect(() => runsArg(argv)).toThrow(/--runs needs a whole number/);
  });
});
