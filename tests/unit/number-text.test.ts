import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, formatDecimal, groupDigits, groupPrinted, type DecimalOptions } from '../../src/core';

const LOCALES = ['en-US', 'zh-CN'] as const;
const intl = (locale: string, n: number, o: DecimalOptions) => new Intl.NumberFormat(locale, o).format(n);

describe('formatDecimal prints what Intl.NumberFormat prints, in both languages', () => {
  it.each([
    [1234567.891, {}, '1,234,567.891'],
    [1.25, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }, '+1.3'],
    [1.005, { maximumFractionDigits: 2 }, '1.01'],
    [141.785, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, '141.79'],
    [1.5e-7, { maximumFractionDigits: 7 }, '0.0000002'],
    [9.5, { maximumFractionDigits: 0 }, '10'],
    [-0.0001, { maximumFractionDigits: 2 }, '-0'],
    [-0.0001, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }, '0'],
    [0, { signDisplay: 'exceptZero' }, '0'],
    [-0, {}, '-0'],
    [12345, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, '12,345.00'],
    [0.5, { minimumFractionDigits: 1, maximumFractionDigits: 3 }, '0.5'],
    [-8.3199999, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }, '-8.32'],
    [999.9996, { maximumFractionDigits: 3 }, '1,000'],
    [1e21, {}, '1,000,000,000,000,000,000,000'],
    [Number.NaN, {}, 'NaN'],
    [Number.POSITIVE_INFINITY, { signDisplay: 'exceptZero' }, '+∞'],
    [Number.NEGATIVE_INFINITY, {}, '-∞'],
  ] as const)('%d %j -> %s', (n, options, expected) => {
    expect(formatDecimal(n, options)).toBe(expected);
    for (const locale of LOCALES) expect(intl(locale, n, options)).toBe(expected);
  });

  it('agrees with Intl on random numbers and options', () => {
    const options = fc.record({
      minimumFractionDigits: fc.integer({ min: 0, max: 4 }),
      extra: fc.integer({ min: 0, max: 4 }),
      signDisplay: fc.constantFrom('auto', 'exceptZero'),
    }, { requiredKeys: ['extra'] });
    const numbers = fc.oneof(
      fc.double({ noNaN: true, min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
      fc.integer({ min: -99999, max: 99999 }).map((i) => i / 200),
    );
    fc.assert(fc.property(numbers, options, (n, { minimumFractionDigits, extra, signDisplay }) => {
      const o: DecimalOptions = { minimumFractionDigits, maximumFractionDigits: (minimumFractionDigits ?? 0) + extra, signDisplay };
      for (const locale of LOCALES) expect(formatDecimal(n, o)).toBe(intl(locale, n, o));
    }), { numRuns: 3000 });
  });
});

describe('printed numbers keep their decimals', () => {
  it.each([
    ['2902.17', '2,902.17'],
    ['130.90', '130.90'],
    ['-1308559', '-1,308,559'],
    ['007', '7'],
    ['0.0500', '0.0500'],
    ['-0', '-0'],
    ['n/a', 'n/a'],
  ])('%s -> %s', (text, expected) => expect(groupPrinted(text)).toBe(expected));

  it('groups exactly as Intl does with the printed number of decimals', () => {
    const printed = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,15}$/), fc.stringMatching(/^(\.\d{1,5})?$/))
      .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac}`)
      .filter((s) => s.replace(/\D/g, '').replace(/^0+/, '').length <= 15);
    fc.assert(fc.property(printed, (text) => {
      const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
      const o = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
      for (const locale of LOCALES) expect(groupPrinted(text)).toBe(intl(locale, Number(text), o));
    }), { numRuns: 2000 });
  });

  it.each([['', ''], ['1', '1'], ['1234', '1,234'], ['123456', '123,456']])('groupDigits(%s) = %s', (d, expected) => {
    expect(groupDigits(d)).toBe(expected);
  });
});

describe('compareText', () => {
  it('orders by code point, the same everywhere', () => {
    expect(['b', 'B', 'a_b', 'a.b', 'a'].sort(compareText)).toEqual(['B', 'a', 'a.b', 'a_b', 'b']);
    expect(compareText('x', 'x')).toBe(0);
  });
});
