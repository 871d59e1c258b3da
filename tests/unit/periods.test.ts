import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods, isPeriod, periodEnd, periodKind, periodStart } from '../../src/core/periods';

describe('periodKind', () => {
  it.each([
    ['2020', 'year'],
    ['2020-H1', 'half'],
    ['2020-H2', 'half'],
    ['2021-09', 'month'],
    ['2021-12', 'month'],
    ['2021-13', null],
    ['2021-00', null],
    ['2021-9', null],
    ['2021-H3', null],
    ['2021h1', null],
    ['21', null],
    ['', null],
    [' 2021', null],
  ] as const)('%j → %s', (p, kind) => {
    expect(periodKind(p)).toBe(kind);
    expect(isPeriod(p)).toBe(kind !== null);
  });
});

describe('periodStart / periodEnd', () => {
  it.each([
    ['2020', 2020, 2021],
    ['2020-H1', 2020, 2020.5],
    ['2020-H2', 2020.5, 2021],
    ['2021-09', 2021 + 8 / 12, 2021.75],
    ['2021-01', 2021, 2021 + 1 / 12],
    ['2021-06', 2021 + 5 / 12, 2021.5],
    ['2021-12', 2021 + 11 / 12, 2022],
    ['1900', 1900, 1901],
    ['bad', null, null],
  ])('%s starts %s, ends %s', (p, start, end) => {
    expect(periodStart(p)).toBe(start);
    expect(periodEnd(p)).toBe(end);
  });

  it('a 2020 baseline and a 2021 target are one year apart at any granularity', () => {
    expect(periodEnd('2021')! - periodEnd('2020')!).toBe(1);
    expect(periodEnd('2021-H2')! - periodEnd('2020-12')!).toBe(1);
    expect(periodEnd('2021-H1')! - periodEnd('2020-H1')!).toBe(1);
  });
});

describe('comparePeriods', () => {
  it.each([
    ['2020', '2021', -1],
    ['2021', '2020', 1],
    ['2021', '2021', 0],
    ['2021-H1', '2021-H2', -1],
    ['2021-H1', '2021', -1],
    ['2021-06', '2021-H1', -1],
    ['2021-12', '2021-H2', -1],
    ['2021-H2', '2021', -1],
    ['2021-12', '2021', -1],
    ['2021-01', '2020', 1],
    ['2020-H2', '2021-01', -1],
    ['2021', 'bad', -1],
    ['bad', '2021', 1],
    ['bad', 'bad', 0],
    ['a', 'b', -1],
  ])('%s vs %s → sign %i', (a, b, sign) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });

  it('sorts details before their subtotal, whatever the input order', () => {
    const sorted = ['2021', 'x', '2021-H2', '2020', '2021-12', '2021-H1', '2021-06', '2021-01'];
    expect([...sorted].sort(comparePeriods)).toEqual(
      ['2020', '2021-01', '2021-06', '2021-H1', '2021-12', '2021-H2', '2021', 'x'],
    );
  });

  const period = fc.tuple(
    fc.integer({ min: 1990, max: 2030 }),
    fc.constantFrom('', '-H1', '-H2', ...Array.from({ length: 12 }, (_, i) => `-${String(i + 1).padStart(2, '0')}`)),
  ).map(([y, s]) => `${y}${s}`);

  it('property: a total order (antisymmetric, zero only for equal strings, transitive)', () => {
    fc.assert(fc.property(period, period, period, (a, b, c) => {
      expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)) || 0);
      expect(comparePeriods(a, b) === 0).toBe(a === b);
      if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
    }), { numRuns: 1000 });
  });

  it('property: order agrees with period ends when they differ', () => {
    fc.assert(fc.property(period, period, (a, b) => {
      const ea = periodEnd(a)!;
      const eb = periodEnd(b)!;
      if (ea !== eb) expect(Math.sign(comparePeriods(a, b))).toBe(Math.sign(ea - eb));
    }));
  });
});
