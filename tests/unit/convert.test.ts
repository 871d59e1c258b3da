import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDecimal, toInternational } from '../../src/core';

describe('exact unit conversion for English', () => {
  it.each([
    ['2902.17', '10^4 tce', '29.0217', 'Mt tce'],
    ['2384.88', '10^4 tce', '23.8488', 'Mt tce'],
    ['1771', '10^4 t', '17.71', 'million t'],
    ['0.5', '10^4 t', '0.005', 'million t'],
    ['3684.75', '10^8 CNY', '368.475', 'CNY billion'],
    ['6818', '10^4 CNY', '68.18', 'CNY million'],
    ['4606.06', '10^4 CNY', '46.0606', 'CNY million'],
    ['50.35', '10^8 t', '5.035', 'billion t'],
    ['14.03', '10^4 persons', '140300', 'persons'],
    ['13.09', '10^4 person-times', '130900', 'person-times'],
    ['161', '10^4 kW', '1610', 'MW'],
    ['-32.5', '10^4 t', '-0.325', 'million t'],
    ['100', '10^8 kWh', '10000', 'GWh'],
  ])('%s %s -> %s %s', (value, unit, expected, label) => {
    expect(toInternational(value, unit)).toEqual({ valueText: expected, unit: label });
  });

  it.each(['%', 'tce/t', 'kWh/t', 't', 'mu', 'persons', '__proto__', 'toString'])('keeps %s as printed (no exact decimal equivalent needed)', (unit) => {
    expect(toInternational('12.5', unit)).toBeNull();
  });

  it.each([
    ['0.278', -3, '0.000278'], ['130.90', 1, '1309.0'], ['-0', 2, '0'], ['12', 0, '12'], ['0.05', 2, '5'],
  ])('shiftDecimal(%s, %i) = %s', (t, s, e) => expect(shiftDecimal(t, s)).toBe(e));

  it('shifting there and back returns the same number, and agrees with multiplication', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -6, max: 6 }), (n, d, s) => {
      const text = (n / 10 ** d).toFixed(d);
      const there = shiftDecimal(text, s);
      expect(Number(shiftDecimal(there, -s))).toBe(Number(text));
      const product = Number(text) * 10 ** s;
      expect(Math.abs(Number(there) - product)).toBeLessThanOrEqual(1e-12 * Math.abs(product) + 1e-12);
    }));
  });
});
