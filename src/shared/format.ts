import type { TFunction } from 'i18next';
import { decimalsOf, formatDecimal, groupPrinted, minusSign, toInternational, UNITS, withUnit, type Comparator, type DecimalOptions, type Lang } from '../core';
import { scaledUnit, sourceUnit } from '../core/convert';

export { scaledUnit };

/**
 * The value text a reader sees before formatting: as printed in Chinese; in English restated exactly in the
 * international unit when there is one (2902.17 万吨标准煤 -> 29.0217 Mt tce). Every unit code in this file may carry
 * the English scale of the values shown together (`scaledUnit`: "10^8 t@6"); Chinese ignores it.
 */
export function localValueText(valueText: string, unitCode: string | undefined, lang: Lang): string {
  if (lang !== 'en' || unitCode === undefined) return valueText;
  return toInternational(valueText, unitCode)?.valueText ?? valueText;
}

/** The number a chart plots for this reader: the same exact conversion as the text. */
export const localValue = (valueText: string, unitCode: string, lang: Lang): number => Number(localValueText(valueText, unitCode, lang));

/** Factor from the source unit to the reader's unit, for derived quantities such as gaps and paces. */
export const localScale = (unitCode: string, lang: Lang): number => Number(localValueText('1', unitCode, lang));

/** A number formatter for the reader's language: `format(n)` as `Intl.NumberFormat` would print it. */
export interface NumberFormatter {
  format(n: number): string;
}

const formatters = new Map<string, NumberFormatter>();

/**
 * A shared number formatter for the reader's language, with the options of `Intl.NumberFormat` the dashboard uses.
 * It is core's `formatDecimal`, not Intl: see src/core/numberText.ts for why (the first Intl formatter of a page
 * delays its first chart) and the test that proves both print the same in both languages.
 */
export function numberFormat(lang: Lang, options: DecimalOptions): NumberFormatter {
  const key = `${lang}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}|${options.signDisplay ?? ''}`;
  let nf = formatters.get(key);
  if (!nf) {
    const fixed = { ...options };
    nf = { format: (n) => formatDecimal(n, fixed) };
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * A computed change for display, always with its sign: "+1.3", "−0.002", and no sign on a zero result. The minus is
 * U+2212, the sign typesetters use and screen readers read as "minus" (a hyphen-minus is often read as "dash").
 * `minimumFractionDigits` keeps trailing zeros, so a column of percentages reads alike ("+3.0%" beside "+1.3%").
 */
export function formatSigned(n: number, lang: Lang, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  return minusSign(numberFormat(lang, { maximumFractionDigits, minimumFractionDigits, signDisplay: 'exceptZero' }).format(n));
}

/**
 * Formats a stored number for display with the locale's grouping, keeping exactly the decimals the source printed
 * (2902.17 -> "2,902.17"; 130.90 stays "130.90"). With a unit code, English readers get the international unit.
 */
export function formatValue(printed: string, lang: Lang, unitCode?: string): string {
  return minusSign(groupPrinted(localValueText(printed, unitCode, lang)));
}

/**
 * A target's comparator as readers write it (≤ 0.278), which a screen reader says as "less than or equal to". The data
 * files keep the ASCII codes (<=) that anyone can type in Excel; CSV downloads keep them too.
 */
export const comparatorSign = (c: Comparator): string => ({ '<=': '≤', '>=': '≥', '=': '=' })[c];

/** The unit label in the current language (the international unit in English); an unknown code is shown as it is. */
export function unitLabel(code: string, lang: Lang): string {
  if (lang === 'en') {
    const international = toInternational('1', code);
    if (international) return international.unit;
  }
  const source = sourceUnit(code);
  return Object.prototype.hasOwnProperty.call(UNITS, source) ? UNITS[source][lang] : source;
}

// Units English writes no word for after a number: counts (个, 起, 次), whose noun is the indicator's, and a rank.
const BARE_IN_ENGLISH = new Set(['count', 'incidents', 'times', 'rank']);

/**
 * The unit as written after a number: the label itself, except an English count or rank, which is the bare number
 * ("18 mining rights" would need the indicator's noun; "18 count", "0 times" and "217 rank" are not English). Join
 * with `withUnit` from the core.
 */
export function unitAfterNumber(code: string, lang: Lang): string {
  return lang === 'en' && BARE_IN_ENGLISH.has(code) ? '' : unitLabel(code, lang);
}

/** A stored number with its unit, as running text writes them: "92.92%", "29.0217 Mt tce", an English count bare. */
export function formatAmount(printed: string, lang: Lang, unitCode: string, space = ' '): string {
  return withUnit(formatValue(printed, lang, unitCode), unitAfterNumber(unitCode, lang), space);
}

/**
 * How many decimals a number derived from a printed value (a pace per year) shows: one more than the value prints in
 * the reader's unit, three at most. 13,280 kWh/t gives "+104.7", not "+104.667"; 0.350 tce/t gives "−0.002"; 2,902.17
 * 万吨 read as 29.0217 Mt (scale 0.01) gives three. `scale` is `localScale` of the value's unit.
 */
export function derivedDigits(valueText: string, scale: number): number {
  return Math.min(3, Math.max(0, decimalsOf(valueText) - Math.round(Math.log10(scale))) + 1);
}

/**
 * The unit of a difference between two values: a difference of percentages is in percentage points ("−5 pp",
 * "−5 个百分点"), as `formatChange` writes it; any other unit is its own.
 */
export function unitOfDifference(code: string, lang: Lang): string {
  if (code === '%') return lang === 'zh' ? '个百分点' : 'pp';
  return unitAfterNumber(code, lang);
}

/** A period code ("2020", "2020-H1", "2021-09") in words: "Sep 2021" in English, "2021 年 9 月" in Chinese. */
export function periodLabel(period: string, t: TFunction): string {
  const [year, part] = period.split('-');
  if (part === 'H1' || part === 'H2') return t(`period.${part}`, { year });
  if (part) return t(`period.m${Number(part)}`, { year });
  return t('period.year', { year });
}

/** Sort key for periods: years, halves and months in time order. */
export function periodSortKey(period: string): number {
  const [year, part] = period.split('-');
  const y = Number(year) * 100;
  if (!part) return y + 99;
  if (part === 'H1') return y + 31;
  if (part === 'H2') return y + 61;
  return y + Number(part) * 5;
}

/**
 * The change between two values as a reader expects it: a relative change in % ("+1.3%"), except for indicators that
 * are themselves percentages, whose change is in percentage points ("-8.32 pp"): a rate going from 10% to 11% has
 * risen by 1 point, not by 10%. Empty when a relative change is undefined (previous value 0).
 */
export function formatChange(prev: number, curr: number, unitCode: string, lang: Lang): string {
  const nf = (n: number, digits: number) => formatSigned(n, lang, digits);
  if (unitCode === '%') {
    const pp = Math.round((curr - prev) * 1e6) / 1e6;
    return `${nf(pp, 2)} ${unitOfDifference('%', lang)}`;
  }
  if (prev === 0) return '';
  // One decimal always: "+3.0%" beside "+1.3%", not "+3%".
  return `${formatSigned(((curr - prev) / Math.abs(prev)) * 100, lang, 1, 1)}%`;
}

/**
 * Says which milestone or plotted point a label is about, from its indicator's name (where the table mixes
 * indicators), its scope or series, and its period. English sets the parts apart with " · " ("existing alumina plants ·
 * 2025"); Chinese has no such separator in running text: scope and period read as one phrase ("存量氧化铝企业 2025 年"),
 * and a name before them takes a comma.
 */
export function whichText(lang: Lang, scope: string, period: string, name?: string): string {
  // No space after a full-width bracket: "中铝高端制造（战略单元）2021 年".
  if (lang === 'zh') return `${name ? `${name}，` : ''}${scope}${/[\u3000-\u303f\uff00-\uffef]$/.test(scope) ? '' : ' '}${period}`;
  return [name, scope, period].filter(Boolean).join(' · ');
}
