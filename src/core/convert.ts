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

/** Source unit code -> power of ten to apply and the English unit label that results. */
const INTERNATIONAL: Readonly<Record<string, { readonly shift: number; readonly unit: string }>> = {
  '10^4 t': { shift: -2, unit: 'million t' },
  '10^8 t': { shift: -1, unit: 'billion t' },
  '10^8 CNY': { shift: -1, unit: 'CNY billion' },
  '10^4 CNY': { shift: -2, unit: 'CNY million' },
  '10^4 tce': { shift: -2, unit: 'Mt tce' },
  '10^4 persons': { shift: 4, unit: 'persons' },
  '10^4 person-times': { shift: 4, unit: 'person-times' },
  '10^4 kW': { shift: 1, unit: 'MW' },
  '10^4 kWh': { shift: 1, unit: 'MWh' },
  '10^8 kWh': { shift: 2, unit: 'GWh' },
  '10^4 m3': { shift: -2, unit: 'million m³' },
  '10^4 t CO2': { shift: -2, unit: 'Mt CO₂' },
  '10^4 USD': { shift: -2, unit: 'USD million' },
  '10^4 CNY/person': { shift: 4, unit: 'CNY per person' },
};

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

/** The value in the international unit for English readers, or null when the unit has no exact decimal equivalent. */
export function toInternational(valueText: string, unitCode: string): Converted | null {
  if (!Object.prototype.hasOwnProperty.call(INTERNATIONAL, unitCode)) return null;
  const { shift, unit } = INTERNATIONAL[unitCode];
  return { valueText: shiftDecimal(valueText, shift), unit };
}
