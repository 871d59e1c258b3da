import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDecimal, toInternational } from '../../src/core';
import { scaledUnit, sourceUnit } from '../../src/core/convert';

describe('exact unit conversion for English', () => {
  it.each([
    ['2902.17', '10^4 tce', '29.0217', 'Mt tce'],
    ['2384.88', '10^4 tce', '23.8488', 'Mt tce'],
    ['1771', '10^4 t', '17.71', 'million t'],
    // Alone, a value takes the scale of its own magnitude: 5,000 t, not 0.005 million t.
    ['0.5', '10^4 t', '5000', 't'],
    ['3684.75', '10^8 CNY', '368.475', 'CNY billion'],
    ['6818', '10^4 CNY', '68.18', 'CNY million'],
    ['4606.06', '10^4 CNY', '46.0606', 'CNY million'],
    ['50.35', '10^8 t', '5.035', 'billion t'],
    ['14.03', '10^4 persons', '140300', 'persons'],
    ['13.09', '10^4 person-times', '130900', 'person-times'],
    ['161', '10^4 kW', '1610', 'MW'],
    ['-32.5', '10^4 t', '-325000', 't'],
    ['1.48', '10^8 t', '148', 'million t'],
    ['5', '10^4 m3', '50000', 'm³'],
    ['100', '10^8 kWh', '10000', 'GWh'],
  ])('%s %s -> %s %s', (value, unit, expected, label) => {
    expect(toInternational(value, unit)).toEqual({ valueText: expected, unit: label });
  });

  // The scale of a set is that of its largest absolute value: millions from 1,000,000 of the base unit, billions
  // from 1,000,000,000, the plain unit below. Each boundary from both sides, on exact text.
  it.each([
    [['99.9999'], '10^4 t', '10^4 t@0'], // 999,999 t
    [['100'], '10^4 t', '10^4 t@6'], // 1,000,000 t
    [['99999.99'], '10^4 t', '10^4 t@6'], // 999,999,900 t
    [['100000'], '10^4 t', '10^4 t@9'], // 1,000,000,000 t
    [['0.009999'], '10^8 CNY', '10^8 CNY@0'], // CNY 999,900
    [['0.01'], '10^8 CNY', '10^8 CNY@6'],
    [['9.99'], '10^8 CNY', '10^8 CNY@6'],
    [['10'], '10^8 CNY', '10^8 CNY@9'],
    [['-100', '5'], '10^4 tce', '10^4 tce@6'], // a negative value counts by its size
    [['1.48', '1.50', '3.56'], '10^8 t', '10^8 t@6'],
    [['31.82', '30.38', '32.75'], '10^4 t', '10^4 t@0'],
    [['0.5', '130.90'], '10^4 t', '10^4 t@6'], // one scale for all: 0.005 and 1.309 million t
    [[], '10^4 CNY', '10^4 CNY@0'],
    [['161'], '10^4 kW', '10^4 kW'], // units that grow in English keep their one label
    [['92.92'], '%', '%'],
  ])('scaledUnit(%j, %s) = %s', (values, code, expected) => expect(scaledUnit(code, values)).toBe(expected));

  it.each([
    ['0.5', '10^4 t@6', '0.005', 'million t'],
    ['130.90', '10^4 t@6', '1.3090', 'million t'],
    ['31.82', '10^4 t@0', '318200', 't'],
    ['2.6', '10^8 CNY@6', '260', 'CNY million'],
    ['1.1', '10^8 CNY@6', '110', 'CNY million'],
    ['6544.11', '10^8 CNY@9', '654.411', 'CNY billion'],
    ['0.3', '10^8 CNY@9', '0.03', 'CNY billion'],
    ['4507.9', '10^4 CNY@6', '45.079', 'CNY million'],
    ['13.8', '10^4 USD@0', '138000', 'USD'],
    ['125', '10^4 tce@6', '1.25', 'Mt tce'],
    ['226.76', '10^4 t CO2@6', '2.2676', 'Mt CO₂'],
    ['-0.07', '10^8 t@6', '-7', 'million t'],
  ])('%s in %s -> %s %s, digit for digit', (value, code, expected, label) => {
    expect(toInternational(value, code)).toEqual({ valueText: expected, unit: label });
  });

  it('a scale never changes the number, only where its decimal point is', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 6, 9), (n, d, scale) => {
      const text = (n / 10 ** d).toFixed(d);
      const shown = toInternational(text, `10^8 CNY@${scale}`)!.valueText;
      expect(Number(shiftDecimal(shown, scale - 8))).toBe(Number(text));
    }));
  });

  it.each([['10^8 t@6', '10^8 t'], ['10^4 CNY', '10^4 CNY'], ['%', '%']])('sourceUnit(%s) = %s', (code, source) => expect(sourceUnit(code)).toBe(source));

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
