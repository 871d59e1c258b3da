import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator, Observation, Target } from '../../src/core/contract';
import {
  alreadyWithin, assessTarget, cagr, comparable, gapToTarget, halfUnit, judgement, requiredPacePerYear, shareOfGapClosed,
  targetStatus, yoyChange,
} from '../../src/core/metrics';
import { periodEnd } from '../../src/core/periods';

const target = (period: string, comparator: Comparator, valueText: string, scopeId = 'new'): Target => ({
  file: 'targets.csv', line: 2, targetId: 't', indicatorId: 'energy', scopeId, period, comparator,
  value: Number(valueText), valueText, unit: 'tce/t', level: 'plan', sourceId: 's', locator: '', quote: '',
  noteZh: '', noteEn: '',
});
const obs = (period: string, value: number, scopeId = 'new', more: Partial<Observation> = {}): Observation => ({
  file: 'observations.csv', line: 2, indicatorId: 'energy', period, scopeId, value, valueText: String(value),
  status: 'reported', sourceId: 's', locator: '', quote: '', noteZh: '', noteEn: '', ...more,
});
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('yoyChange', () => {
  it.each([
    [100, 110, { absolute: 10, percent: 10 }], [100, 90, { absolute: -10, percent: -10 }],
    [5, 5, { absolute: 0, percent: 0 }], [0, 5, { absolute: 5, percent: null }],
    [0, 0, { absolute: 0, percent: null }], [-10, -5, { absolute: 5, percent: 50 }],
    [-10, -20, { absolute: -10, percent: -100 }], [null, 5, null], [5, undefined, null], [Number.NaN, 5, null],
    [5, Number.POSITIVE_INFINITY, null],
  ])('%s → %s', (prev, curr, expected) => {
    expect(yoyChange(prev, curr)).toEqual(expected);
  });
});

describe('cagr (percent a year)', () => {
  it.each([
    [100, 121, 2, 10], [100, 100, 5, 0], [100, 50, 1, -50], [100, 200, 0.5, 300], [100, 121, 0, null],
    [100, 121, -1, null], [0, 121, 2, null], [100, 0, 2, null], [-100, -121, 2, null], [null, 121, 2, null],
  ])('%s → %s over %s years', (first, last, years, expected) => {
    const r = cagr(first, last, years);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 9);
  });
});

describe('judgement', () => {
  it.each([
    ['lower_better', -1, 'better'], ['lower_better', 1, 'worse'], ['lower_better', 0, 'unchanged'],
    ['higher_better', 1, 'better'], ['higher_better', -1, 'worse'], ['higher_better', -0, 'unchanged'],
    ['neutral', 5, 'neutral'], ['neutral', null, 'neutral'], ['lower_better', null, null],
    ['higher_better', Number.NaN, null],
  ] as const)('%s, change %s → %s', (direction, change, expected) => {
    expect(judgement(direction, change)).toBe(expected);
  });

  it('treats a change within the tolerance as unchanged', () => {
    expect(judgement('lower_better', 0.04, halfUnit(1))).toBe('unchanged');
    expect(judgement('lower_better', 0.06, halfUnit(1))).toBe('worse');
  });

  it('property: antisymmetric for lower_better / higher_better', () => {
    const flip = { better: 'worse', worse: 'better', unchanged: 'unchanged' } as const;
    fc.assert(fc.property(fc.constantFrom('lower_better', 'higher_better' as const), finite, (d, x) => {
      const j = judgement(d, x) as keyof typeof flip;
      expect(judgement(d, -x)).toBe(flip[j]);
      expect(judgement(d === 'lower_better' ? 'higher_better' : 'lower_better', x)).toBe(flip[j]);
    }));
  });
});

describe('gapToTarget', () => {
  it.each([
    [0.28, '<=', 0.29, 2, true], [0.29, '<=', 0.29, 2, true], [0.3, '<=', 0.29, 2, false], [10, '>=', 9, 0, true],
    [9, '>=', 9, 0, true], [8.9, '>=', 9, 0, false], [0.2905, '=', 0.29, 2, true], [0.295, '=', 0.29, 2, true],
    [0.2951, '=', 0.29, 2, false], [0.285, '=', 0.29, 2, true], [0.2849, '=', 0.29, 2, false], [9.5, '=', 9, 0, true],
    [9.6, '=', 9, 0, false],
  ] as const)('%s vs %s %s (%s decimals) → met %s', (actual, comparator, value, decimals, met) => {
    expect(gapToTarget(actual, { comparator, value }, decimals)?.met).toBe(met);
  });

  it.each([
    [110, 100, { absolute: 10, percent: 10, met: false }], [90, 100, { absolute: -10, percent: -10, met: true }],
    [5, 0, { absolute: 5, percent: null, met: false }], [-5, -10, { absolute: 5, percent: 50, met: false }],
  ])('gap of %s to <= %s', (actual, value, expected) => {
    expect(gapToTarget(actual, { comparator: '<=', value }, 0)).toEqual(expected);
  });

  it('is null without an actual', () => {
    expect(gapToTarget(null, { comparator: '<=', value: 1 }, 0)).toBeNull();
    expect(gapToTarget(undefined, { comparator: '>=', value: 1 }, 0)).toBeNull();
  });

  it('property: met agrees with the comparator', () => {
    // Actuals within a few half-units of the target, where '=' is decided.
    const near = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(fc.property(finite, near, fc.integer({ min: 0, max: 6 }), (value, k, decimals) => {
      const actual = value + k * halfUnit(decimals);
      expect(gapToTarget(actual, { comparator: '<=', value }, decimals)!.met).toBe(actual <= value);
      expect(gapToTarget(actual, { comparator: '>=', value }, decimals)!.met).toBe(actual >= value);
      const eq = gapToTarget(actual, { comparator: '=', value }, decimals)!.met;
      const d = Math.abs(actual - value);
      if (d < halfUnit(decimals) * 0.999) expect(eq).toBe(true);
      if (d > halfUnit(decimals) * 1.001) expect(eq).toBe(false);
    }), { numRuns: 1000 });
  });
});

describe('shareOfGapClosed', () => {
  it.each([
    [0.35, 0.35, 0.3, 0], [0.35, 0.3, 0.3, 1], [100, 75, 50, 0.5], [100, 40, 50, 1.2], [100, 110, 50, -0.2],
    [10, 15, 20, 0.5], [50, 60, 50, null], [null, 1, 2, null], [1, undefined, 2, null],
  ])('baseline %s, latest %s, target %s → %s', (b, l, t, expected) => {
    const r = shareOfGapClosed(b, l, t);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 12);
  });

  it('property: (b, t, t) is exactly 1 and (b, b, t) exactly 0', () => {
    fc.assert(fc.property(finite, finite, (b, t) => {
      fc.pre(b !== t);
      expect(shareOfGapClosed(b, t, t)).toBe(1);
      expect(shareOfGapClosed(b, b, t)).toBe(0);
    }));
  });
});

describe('alreadyWithin', () => {
  it.each([
    // A ceiling above the figure, a floor below it, or the bound itself: nothing to do.
    [13066, '<=', 13280, true], [13280, '<=', 13280, true], [13300, '<=', 13280, false],
    [20, '>=', 15, true], [15, '>=', 15, true], [10, '>=', 15, false],
    // An exact target always asks for its value, even from that value's side.
    [10, '=', 10, false], [9, '=', 10, false],
    [null, '<=', 10, false], [Number.NaN, '>=', 10, false],
  ] as const)('%s against %s %s → %s', (value, comparator, target, expected) => {
    expect(alreadyWithin(value, { comparator, value: target })).toBe(expected);
  });
});

describe('requiredPacePerYear', () => {
  it.each([
    [0.35, '2020', 0.345, '2025', { absolute: -0.001, percent: -0.001 / 0.35 * 100, years: 5 }],
    [100, '2020-H1', 110, '2021-H1', { absolute: 10, percent: 10, years: 1 }],
    [100, '2020', 90, '2021-H1', { absolute: -20, percent: -20, years: 0.5 }],
    [0, '2020', 10, '2022', { absolute: 5, percent: null, years: 2 }],
    [100, '2021', 90, '2021', null], [100, '2022', 90, '2021', null], [100, '2021', 90, '2021-H2', null],
    [100, 'bad', 90, '2021', null], [null, '2020', 90, '2021', null],
  ])('%s in %s → %s by %s', (bv, bp, tv, tp, expected) => {
    const r = requiredPacePerYear(bv, bp, tv, tp);
    if (expected === null) {
      expect(r).toBeNull();
    } else {
      expect(r!.absolute).toBeCloseTo(expected.absolute, 12);
      expect(r!.years).toBeCloseTo(expected.years, 12);
      if (expected.percent === null) expect(r!.percent).toBeNull();
      else expect(r!.percent).toBeCloseTo(expected.percent, 9);
    }
  });

  it('property: baseline + pace × years reaches the target', () => {
    const period = fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.constantFrom('', '-H1', '-H2', '-03', '-09'))
      .map(([y, s]) => `${y}${s}`);
    fc.assert(fc.property(finite, period, finite, period, (bv, bp, tv, tp) => {
      const years = periodEnd(tp)! - periodEnd(bp)!;
      const pace = requiredPacePerYear(bv, bp, tv, tp);
      if (years <= 0) {
        expect(pace).toBeNull();
      } else {
        const reached = bv + pace!.absolute * years;
        expect(Math.abs(reached - tv)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(tv), Math.abs(bv), 1));
      }
    }), { numRuns: 500 });
  });
});

describe('comparable', () => {
  it.each([
    ['new', 'energy', true], ['group', 'energy', false], ['new', 'water', false],
  ])('scope %s, indicator %s → %s', (scopeId, indicatorId, expected) => {
    expect(comparable(obs('2020', 1, scopeId, { indicatorId }), target('2021', '<=', '1'))).toBe(expected);
  });
});

describe('targetStatus', () => {
  const t = target('2025', '<=', '30');
  const status = (tg: Target, baseline: Observation | undefined, latest: Observation | undefined, asOf: string) =>
    targetStatus({ target: tg, baseline, latest, asOf });
  it.each([
    ['nothing, deadline passed', undefined, undefined, '2025', 'no_data'],
    ['baseline only, deadline passed', obs('2020', 40), obs('2020', 40), '2026', 'no_data'],
    ['nothing, before deadline', undefined, undefined, '2022', 'not_yet_due'],
    ['baseline only, before deadline', obs('2020', 40), obs('2020', 40), '2022', 'not_yet_due'],
    ['baseline already meets it', obs('2020', 29), obs('2020', 29), '2022', 'met'],
    ['latest meets it early', obs('2020', 40), obs('2022', 30), '2022', 'met'],
    ['latest meets it after the deadline', obs('2020', 40), obs('2026', 29), '2026', 'met'],
    ['deadline passed, not met', obs('2020', 40), obs('2025', 31), '2025', 'off_track'],
    ['old latest, asOf past deadline', obs('2020', 40), obs('2023', 31), '2025', 'off_track'],
    ['latest at deadline, asOf earlier', obs('2020', 40), obs('2025', 31), '2024', 'off_track'],
    // 2020 → 2025 (period ends 2021 → 2026): 2022 is 2/5 of the time; 36 closes 4/10 of the gap, 37 only 3/10.
    ['closed exactly the time share', obs('2020', 40), obs('2022', 36), '2022', 'on_track'],
    ['behind the time share', obs('2020', 40), obs('2022', 37), '2022', 'off_track'],
    ['moved away', obs('2020', 40), obs('2022', 50), '2023', 'off_track'],
    ['latest without baseline, before deadline', undefined, obs('2022', 40), '2022', 'not_yet_due'],
    ['latest without baseline, after deadline', undefined, obs('2025', 40), '2025', 'off_track'],
    ['met at baseline, slipped since', obs('2020', 28), obs('2021', 31), '2021', 'off_track'],
    ['another scope is ignored', obs('2020', 40), obs('2022', 10, 'group'), '2022', 'not_yet_due'],
  ])('%s → %s', (_name, baseline, latest, asOf, expected) => {
    expect(status(t, baseline, latest, asOf)).toBe(expected);
  });

  it.each([
    ['within half a unit of 30', 30.4, 'met'], ['overshot an exact target', 20, 'off_track'],
    ['halfway at half time', 35, 'on_track'], ['a quarter of the way at half time', 37.5, 'off_track'],
  ])("'=' target: %s → %s", (_name, latest, expected) => {
    expect(status(target('2024', '=', '30'), obs('2020', 40), obs('2022', latest), '2022')).toBe(expected);
  });

  it('>= target uses the same rules upside down', () => {
    const up = target('2030', '>=', '100');
    expect(status(up, obs('2020', 50), obs('2025', 80), '2025')).toBe('on_track');
    expect(status(up, obs('2020', 50), obs('2025', 60), '2025')).toBe('off_track');
  });

  it("reads the '=' tolerance from the decimals the target prints", () => {
    expect(status(target('2025', '=', '0.3'), undefined, obs('2024', 0.304), '2024')).toBe('met');
    expect(status(target('2025', '=', '0.300'), undefined, obs('2024', 0.304), '2024')).toBe('not_yet_due');
  });
});

describe('assessTarget', () => {
  const t = target('2025', '<=', '0.30');
  const data = [
    obs('2019', 0.5, 'group'), obs('2021', 0.36, 'group'),
    obs('2022', 0.37), obs('2020', 0.4), obs('2020', 0.45, 'new', { status: 'derived' }),
    obs('2023', 0.1, 'new', { indicatorId: 'water' }), obs('2026', 0.2),
  ];

  it('uses the target scope only and lists the other scopes separately', () => {
    const a = assessTarget(t, data, '2022');
    expect(a).toMatchObject({ status: 'off_track', baseline: { period: '2020', value: 0.4 } });
    expect(a.latest?.period).toBe('2022');
    expect(a.shareClosed).toBeCloseTo(0.3, 12);
    expect(a.gap?.absolute).toBeCloseTo(0.07, 12);
    expect(a.requiredPace?.absolute).toBeCloseTo(-0.02, 12);
    expect(a.crossScopeActuals.map((o) => [o.period, o.scopeId])).toEqual([['2019', 'group'], ['2021', 'group']]);
  });

  it('ignores figures after asOf and for other indicators', () => {
    expect(assessTarget(t, data, '2021')).toMatchObject({ status: 'not_yet_due', latest: { period: '2020' } });
    expect(assessTarget(t, data, '2026')).toMatchObject({ status: 'met', latest: { value: 0.2 } });
  });

  it('a group figure never makes a subsidiary target look met', () => {
    const a = assessTarget(t, [obs('2020', 0.4), obs('2025', 0.2, 'group')], '2025');
    expect(a.status).toBe('no_data');
    expect(a.latest?.period).toBe('2020');
    expect(a.crossScopeActuals).toHaveLength(1);
  });

  it('takes an explicit baseline period, or none if that figure is missing', () => {
    expect(assessTarget(t, data, '2022', { baselinePeriod: '2022' }).baseline?.period).toBe('2022');
    expect(assessTarget(t, data, '2022', { baselinePeriod: '2018' }).baseline).toBeNull();
  });

  it('does not use a figure at the deadline as baseline', () => {
    const a = assessTarget(t, [obs('2025', 0.31)], '2025');
    expect(a.baseline).toBeNull();
    expect(a.status).toBe('off_track');
    expect(a.requiredPace).toBeNull();
  });

  it('closes no share of the gap when the only own-scope figure is the baseline itself', () => {
    const a = assessTarget(t, [obs('2020', 0.4)], '2026');
    expect(a).toMatchObject({ status: 'no_data', baseline: { period: '2020' }, latest: { period: '2020' } });
    expect(a.shareClosed).toBeNull();
    expect(a.gap?.absolute).toBeCloseTo(0.1, 12);
  });

  it('with no data at all', () => {
    const a = assessTarget(t, [], '2022');
    expect(a).toEqual({
      status: 'not_yet_due', gap: null, shareClosed: null, requiredPace: null, baseline: null, latest: null,
      crossScopeActuals: [],
    });
  });
});
