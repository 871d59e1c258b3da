import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/core/numbers';

describe('parseNumber', () => {
  it.each([
    ['2902.17', 2902.17, '2902.17', false],
    ['1,308,559', 1308559, '1308559', false],
    ['2,902.17', 2902.17, '2902.17', false],
    ['-11.47', -11.47, '-11.47', false],
    ['+3', 3, '3', false],
    ['130.90', 130.9, '130.90', false],
    ['96.59%', 96.59, '96.59', true],
    ['96.59 %', 96.59, '96.59', true],
    ['２９０２．１７', 2902.17, '2902.17', false],
    ['１，３０８，５５９', 1308559, '1308559', false],
    ['９６．５９％', 96.59, '96.59', true],
    ['\u22120.43', -0.43, '-0.43', false],
    [' 12 ', 12, '12', false],
    ['9007199254740991', 9007199254740991, '9007199254740991', false],
    // Plain cells, the usual case: leading zeros kept in the text, a + sign dropped, zeros do not count as digits.
    ['007', 7, '007', false],
    ['+1.50', 1.5, '1.50', false],
    ['-9007199254740991', -9007199254740991, '-9007199254740991', false],
    ['0000000000000000012', 12, '0000000000000000012', false],
    ['0.000', 0, '0.000', false],
  ])('reads %j', (raw, value, text, percentSign) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value, text, percentSign });
  });

  it.each([
    ['1,5', 'number_decimal_comma'],
    ['1,50', 'number_decimal_comma'],
    ['12,34,567', 'number_decimal_comma'],
    ['n/a', 'number_not_a_number'],
    ['-', 'number_not_a_number'],
    ['Infinity', 'number_not_a_number'],
    ['NaN', 'number_not_a_number'],
    ['1e309', 'number_scientific'],
    ['1e5', 'number_scientific'],
    ['0x10', 'number_not_a_number'],
    ['.5', 'number_not_a_number'],
    ['1.2.3', 'number_not_a_number'],
    ['', 'number_empty'],
    ['9007199254740993', 'number_too_large'],
    ['123456789012345678901234567890', 'number_too_large'],
    ['12345678901234567', 'number_too_large'],
    ['9007199254740992', 'number_too_large'],
  ])('refuses %j', (raw, code) => {
    expect(parseNumber(raw)).toEqual({ ok: false, code });
  });
});
