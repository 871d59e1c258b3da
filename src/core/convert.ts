/**
 * Exact unit conversion for English readers. Chinese sources count in 万 (10^4) and 亿 (10^8); English readers expect
 * thousand/million/billion and international units. Every conversion here is a power of ten, applied to the printed
 * decimal text, so 2902.17 万吨标准煤 becomes exactly 29.0217 Mt tce: no floating-point rounding can creep in.
 */

/** A value restated in another unit: its exact decimal text and the unit's English label. */
export interface Converted {
  readonly valueText: string;
  readonly unit: string;
}

/** Source unit code -> power of ten to apply and the English unit label that results: units that grow in English. */
const INTERNATIONAL: Readonly<Record<string, { readonly shift: number; readonly unit: string }>> = {
  '10^4 persons': { shift: 4, unit: 'persons' },
  '10^4 person-times': { shift: 4, unit: 'person-times' },
  '10^4 kW': { shift: 1, unit: 'MW' },
  '10^4 kWh': { shift: 1, unit: 'MWh' },
  '10^8 kWh': { shift: 2, unit: 'GWh' },
  '10^4 CNY/person': { shift: 4, unit: 'CNY per person' },
};

/**
 * Source units that English says with a scale word chosen by magnitude (see {@link scaledUnit}): the source unit's
 * power of ten, then the English label with no scale word, in millions and in billions. A fixed scale per code gave
 * "0.148 billion t" and "CNY 0.26 billion", easy to misquote by a factor of 1,000.
 */
const SCALED: Readonly<Record<string, readonly [power: number, plain: string, million: string, billion: string]>> = {
  '10^4 t': [4, 't', 'million t', 'billion t'],
  '10^8 t': [8, 't', 'million t', 'billion t'],
  '10^4 CNY': [4, 'CNY', 'CNY million', 'CNY billion'],
  '10^8 CNY': [8, 'CNY', 'CNY million', 'CNY billion'],
  '10^4 USD': [4, 'USD', 'USD million', 'USD billion'],
  '10^4 tce': [4, 'tce', 'Mt tce', 'Gt tce'],
  '10^4 m3': [4, 'm³', 'million m³', 'billion m³'],
  '10^4 t CO2': [4, 't CO₂', 'Mt CO₂', 'Gt CO₂'],
};

const own = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

/**
 * Multiplies a canonical decimal text ("-2902.17") by 10^shift by moving the decimal point, keeping every printed
 * digit: shiftDecimal("2902.17", -2) === "29.0217", shiftDecimal("14.03", 4) === "140300".
 */
export function shiftDecimal(text: string, shift: number): string {
  const negative = text.startsWith('-');
  const [int, frac = ''] = text.replace(/^[-+]/, '').split('.');
  let digits = int + frac;
  let point = int.length + shift;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + '0'.repeat(point - digits.length);
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  const out = rest ? `${whole}.${rest}` : whole;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/**
 * The unit code a set of values is shown in, so that one chart, table or sentence says all of them in one scale: for
 * a unit English says with a scale word, the code and the scale its largest absolute value calls for, after "@"
 * ("10^8 t@6": 1.48 to 3.56 亿吨 read as 148 to 356 million t; "10^4 t@0": 31.82 万吨 as 318,200 t). Millions from
 * 1,000,000 of the base unit, billions from 1,000,000,000; below that, the plain unit with grouped digits. Other codes
 * come back as they are. Chinese ignores the scale: it prints the source's unit.
 */
export function scaledUnit(unitCode: string, valueTexts: readonly string[]): string {
  return own(SCALED, unitCode) ? `${unitCode}@${scaleOf(unitCode, valueTexts)}` : unitCode;
}

/** 9, 6 or 0: the power of ten the largest of `valueTexts` (in a SCALED unit) is said in. */
function scaleOf(code: string, valueTexts: readonly string[]): number {
  // Whole digits of the value in the base unit, counted on the text: the boundary needs no floating point.
  const digits = Math.max(0, ...valueTexts.map((v) => shiftDecimal(v.replace(/^[-+]/, ''), SCALED[code][0]).split('.')[0].length));
  return digits > 9 ? 9 : digits > 6 ? 6 : 0;
}

/**
 * The value in the international unit for English readers, or null when the unit has no exact decimal equivalent.
 * `unitCode` may carry a scale from {@link scaledUnit}; without one, a scaled unit takes the scale of this value.
 */
export function toInternational(valueText: string, unitCode: string): Converted | null {
  const [code, fixed] = unitCode.split('@');
  if (own(SCALED, code)) {
    const scale = fixed === undefined ? scaleOf(code, [valueText]) : Number(fixed);
    const [power, plain, million, billion] = SCALED[code];
    return { valueText: shiftDecimal(valueText, power - scale), unit: scale === 9 ? billion : scale === 6 ? million : plain };
  }
  if (!own(INTERNATIONAL, code)) return null;
  const { shift, unit } = INTERNATIONAL[code];
  return { valueText: shiftDecimal(valueText, shift), unit };
}

/** The data file's unit code of a code that may carry a scale ("10^8 t@6" -> "10^8 t"). */
export const sourceUnit = (unitCode: string): string => unitCode.split('@')[0];
