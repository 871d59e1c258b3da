/**
 * Unit codes allowed in `indicators.csv`. A value keeps the unit its source prints; these labels only say it in each
 * language. Keep codes ASCII so that Excel and every editor show them the same way.
 */
export interface UnitDef {
  /** How the Chinese report prints the unit. */
  readonly zh: string;
  /**
   * English label for the same unit (not converted: 10^4 t stays "10,000 t"). A Chinese measure word (个, 起, 次) is
   * "number": English counts accidents, cases or meetings with the noun the indicator's name already gives.
   */
  readonly en: string;
}

/** Every unit code the data may use. Adding a unit is a code change on purpose: it needs its labels. */
export const UNITS: Readonly<Record<string, UnitDef>> = Object.freeze({
  '10^4 t': { zh: '万吨', en: '10,000 t' },
  t: { zh: '吨', en: 't' },
  '10^8 t': { zh: '亿吨', en: '100 million t' },
  '10^8 CNY': { zh: '亿元', en: 'CNY 100 million' },
  '10^4 CNY': { zh: '万元', en: 'CNY 10,000' },
  '%': { zh: '%', en: '%' },
  'tce/t': { zh: '吨标准煤/吨', en: 'tce/t' },
  'kWh/t': { zh: '千瓦时/吨', en: 'kWh/t' },
  '10^4 tce': { zh: '万吨标准煤', en: '10,000 tce' },
  cases: { zh: '例', en: 'cases' },
  persons: { zh: '人', en: 'persons' },
  '10^4 persons': { zh: '万人', en: '10,000 persons' },
  'person-times': { zh: '人次', en: 'person-times' },
  incidents: { zh: '起', en: 'number' },
  times: { zh: '次', en: 'number' },
  days: { zh: '天', en: 'days' },
  years: { zh: '年', en: 'years' },
  mu: { zh: '亩', en: 'mu' },
  '10^4 mu': { zh: '万亩', en: '10,000 mu' },
  ha: { zh: '公顷', en: 'ha' },
  count: { zh: '个', en: 'number' },
  '10^4 kW': { zh: '万千瓦', en: '10,000 kW' },
  '10^4 kWh': { zh: '万千瓦时', en: '10,000 kWh' },
  '10^8 kWh': { zh: '亿千瓦时', en: '100 million kWh' },
  m3: { zh: '立方米', en: 'm³' },
  '10^4 m3': { zh: '万立方米', en: '10,000 m³' },
  '10^4 t CO2': { zh: '万吨二氧化碳', en: '10,000 t CO₂' },
  rank: { zh: '位', en: 'rank' },
  '10^4 CNY/person': { zh: '万元/人', en: 'CNY 10,000 per person' },
  'tce/10^4 CNY': { zh: '吨标准煤/万元', en: 'tce per CNY 10,000' },
  '10^4 person-times': { zh: '万人次', en: '10,000 person-times' },
  MW: { zh: 'MW', en: 'MW' },
  MWh: { zh: 'MWh', en: 'MWh' },
  hours: { zh: '小时', en: 'hours' },
  '10^4 USD': { zh: '万美元', en: 'USD 10,000' },
});

/**
 * A number and its unit as one piece of text: "92.92%" (the percent sign follows the number, as the sources print it),
 * "56" when the unit says nothing after a number (an English count: "56 count" is not English), "CNY 68.18 million"
 * (see {@link unitAround}), else the number, the separator (a no-break space in running text) and the unit:
 * "2,902.17 万吨标准煤".
 */
export function withUnit(numberText: string, unitText: string, space = ' '): string {
  const { before, after } = unitAround(unitText);
  return `${before}${before && space}${numberText}${unitSeparator(after, space)}${after}`;
}

// An English currency code, optionally with a scale word and/or "per …": "CNY", "CNY million", "CNY per person".
const CURRENCY = /^(CNY|USD)(?: ((?:thousand|million|billion)(?: per .+)?|per .+))?$/;

/**
 * Which part of a unit goes before a number and which after: English writes a currency code first and its scale word
 * after the number ("CNY 68.18 million", not "68.18 CNY million"); every other unit, and every Chinese one (6,818
 * 万元), goes after. An axis or a column header still says the whole unit ("CNY million").
 */
export function unitAround(unitText: string): { readonly before: string; readonly after: string } {
  const m = CURRENCY.exec(unitText);
  return m ? { before: m[1], after: m[2] ?? '' } : { before: '', after: unitText };
}

/** What goes between a number and `unitText` (see {@link withUnit}), for a caller that styles the unit itself. */
export function unitSeparator(unitText: string, space = ' '): string {
  return unitText === '' || unitText === '%' ? '' : space;
}

/** True when `code` is a known unit code (own property only: a data file must not reach Object.prototype). */
export function isUnit(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(UNITS, code);
}
