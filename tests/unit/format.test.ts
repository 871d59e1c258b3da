import { describe, expect, it } from 'vitest';
import { withUnit } from '../../src/core';
import { comparatorSign, formatChange, formatValue, localScale, periodLabel, unitAfterNumber, unitLabel, derivedDigits } from '../../src/shared/format';
import { testI18n } from '../support/i18n';

describe('numbers as each language reads them', () => {
  it.each([
    ['2902.17', 'zh', '10^4 tce', '2,902.17', '万吨标准煤'],
    // An English unit with a scale word comes with the scale of the values shown together (`scaledUnit`).
    ['2902.17', 'en', '10^4 tce@6', '29.0217', 'Mt tce'],
    ['3684.75', 'en', '10^8 CNY@9', '368.475', 'CNY billion'],
    ['31.82', 'en', '10^4 t@0', '318,200', 't'],
    ['31.82', 'zh', '10^4 t@0', '31.82', '万吨'],
    ['14.03', 'en', '10^4 persons', '140,300', 'persons'],
    ['130.90', 'en', '10^4 t@6', '1.3090', 'million t'],
    ['0.278', 'en', 'tce/t', '0.278', 'tce/t'],
    ['300', 'en', 'm3', '300', 'm³'],
    ['300', 'zh', 'm3', '300', '立方米'],
    ['92.92', 'zh', '%', '92.92', '%'],
    // Printed with a hyphen, read with a minus sign (U+2212).
    ['-32.21', 'en', '%', '−32.21', '%'],
    ['-1245.5', 'zh', '10^4 t', '−1,245.5', '万吨'],
  ] as const)('%s %s (%s) -> %s %s', (value, lang, unit, text, label) => {
    expect(formatValue(value, lang, unit)).toBe(text);
    expect(unitLabel(unit, lang)).toBe(label);
  });

  it.each([
    ['92.92', '%', 'en', '92.92%'],
    ['92.92', '%', 'zh', '92.92%'],
    ['18', 'count', 'en', '18'],
    ['18', 'count', 'zh', '18 个'],
    ['217', 'rank', 'en', '217'],
    ['217', 'rank', 'zh', '217 位'],
    ['29.0217', '10^4 tce@6', 'en', '29.0217 Mt tce'],
    // 起 and 次 count accidents, cases, events, complaints, meetings: the indicator's name gives the noun.
    ['11', 'incidents', 'en', '11'],
    ['11', 'incidents', 'zh', '11 起'],
    ['0', 'times', 'en', '0'],
    ['2', 'times', 'zh', '2 次'],
    ['2', 'cases', 'en', '2 cases'],
    // English writes a currency code first and the scale word after the number; Chinese writes 万元 after it.
    ['68.18', '10^4 CNY@6', 'en', 'CNY 68.18 million'],
    ['500,000', '10^4 CNY@0', 'en', 'CNY 500,000'],
    ['6,818', '10^4 CNY', 'zh', '6,818 万元'],
    ['12.109', '10^8 CNY@9', 'en', 'CNY 12.109 billion'],
    ['−2.5', '10^8 CNY@9', 'en', 'CNY −2.5 billion'],
    ['0.5', '10^4 USD@6', 'en', 'USD 0.5 million'],
    ['15,000', '10^4 CNY/person', 'en', 'CNY 15,000 per person'],
    ['1.5', '10^4 CNY/person', 'zh', '1.5 万元/人'],
    ['0.07', 'tce/10^4 CNY', 'en', '0.07 tce per CNY 10,000'],
  ] as const)('%s with unit %s in %s reads %s', (n, code, lang, text) => {
    expect(withUnit(n, unitAfterNumber(code, lang))).toBe(text);
  });

  it('names a count\'s unit where it stands alone (a heading, an axis) but not after a number', () => {
    // "Unit: number", "Value (number)": a count is not a unit in English.
    for (const code of ['count', 'incidents', 'times']) expect(unitLabel(code, 'en')).toBe('number');
    expect(unitLabel('incidents', 'zh')).toBe('起');
    expect(unitAfterNumber('count', 'en')).toBe('');
    expect(withUnit('2,902.17', '万吨标准煤', '\u00a0')).toBe('2,902.17\u00a0万吨标准煤');
    // A no-break space joins the currency code too, so "CNY" never ends a line apart from its number.
    expect(withUnit('68.18', 'CNY million', '\u00a0')).toBe('CNY\u00a068.18\u00a0million');
    expect(withUnit('68.18', 'CNY', '\u00a0')).toBe('CNY\u00a068.18');
  });

  it.each([
    ['13280', 1, 1], ['0.350', 1, 3], ['15', 1, 1], ['638.5', 1, 2],
    // In the reader's unit: 2,902.17 万吨标准煤 is 29.0217 Mt tce (scale 0.01); 15.05 万人 is 150,500 persons.
    ['2902.17', 0.01, 3], ['15.05', 10_000, 1],
  ] as const)('shows a number derived from %s (scale %s) with %s decimals', (valueText, scale, digits) => {
    expect(derivedDigits(valueText, scale)).toBe(digits);
  });

  it('scales derived numbers by the same exact factor', () => {
    expect(localScale('10^4 tce@6', 'en')).toBe(0.01);
    expect(localScale('10^4 tce@0', 'en')).toBe(10_000);
    expect(localScale('10^4 tce@6', 'zh')).toBe(1);
  });

  it.each([
    [2866.31, 2902.17, '10^4 tce', 'en', '+1.3%'],
    [-23.89, -32.21, '%', 'en', '−8.32 pp'],
    [-23.89, -32.21, '%', 'zh', '−8.32 个百分点'],
    [97.09, 92.92, '%', 'en', '−4.17 pp'],
    [0, 5, 't', 'en', ''],
    [5, 5, 't', 'en', '0.0%'],
    // One decimal always, so a column of changes reads alike: "+3.0%", not "+3%" beside "+1.3%".
    [1719, 1771, '10^4 t', 'en', '+3.0%'],
    [100, 90, 't', 'zh', '−10.0%'],
  ] as const)('change %d -> %d (%s, %s) = %s', (a, b, unit, lang, expected) => {
    expect(formatChange(a, b, unit, lang)).toBe(expected);
  });
});

describe('shared number formats', () => {
  it('hands out one formatter per language and options, and a different one when they differ', async () => {
    const { numberFormat } = await import('../../src/shared/format');
    const a = numberFormat('en', { maximumFractionDigits: 1 });
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(a);
    expect(numberFormat('zh', { maximumFractionDigits: 1 })).not.toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })).not.toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(1.25)).toBe('+1.3');
    expect(numberFormat('zh', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(12345)).toBe('12,345.00');
  });
});

describe('target comparators as readers write them', () => {
  it.each([['<=', '≤'], ['>=', '≥'], ['=', '=']] as const)('%s is shown as %s', (code, sign) => {
    expect(comparatorSign(code)).toBe(sign);
  });
});

describe('periods in words', () => {
  it.each([
    ['en', '2021-05', 'May 2021'], ['en', '2021-10', 'Oct 2021'], ['en', '2020-H1', 'H1 2020'], ['en', '2020', '2020'],
    ['zh', '2021-05', '2021 年 5 月'], ['zh', '2020-H2', '2020 年下半年'], ['zh', '2020', '2020 年'],
  ] as const)('%s: %s is "%s"', (lang, period, words) => {
    expect(periodLabel(period, testI18n(lang).t)).toBe(words);
  });
});
