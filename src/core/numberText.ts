/**
 * Number formatting for the dashboard's two languages without `Intl`. The first `Intl.NumberFormat` a page builds
 * loads ICU's number data (about 20-50 ms on a slow phone), and `localeCompare` its collation data (about 40 ms):
 * both sat on the path to the first chart. en-US and zh-CN print numbers the same way ("1,234.5", "-0.3", "+1.3"),
 * so one small formatter serves both; tests/unit/number-text.test.ts proves it equal to `Intl.NumberFormat` in both
 * locales on random input.
 */

/** The subset of `Intl.NumberFormatOptions` the dashboard uses, with the same meaning and defaults. */
export interface DecimalOptions {
  minimumFractionDigits?: number;
  /** Default: the larger of `minimumFractionDigits` and 3, as in Intl. */
  maximumFractionDigits?: number;
  /** 'auto': "-" on negative numbers (and on -0); 'exceptZero': also "+" on positive ones, no sign on a zero result. */
  signDisplay?: 'auto' | 'exceptZero';
}

/** "1234567" -> "1,234,567": groups of three digits from the right. */
export function groupDigits(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** The shortest decimal text that reads back as `m` (what `String` prints), without exponent notation. m >= 0. */
function plainDecimal(m: number): string {
  const [mantissa, exp] = String(m).split('e');
  if (exp === undefined) return mantissa;
  const digits = mantissa.replace('.', '');
  const point = (mantissa.indexOf('.') < 0 ? mantissa.length : mantissa.indexOf('.')) + Number(exp);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Rounds a plain decimal text to `max` decimals, half away from zero, on its digits (no binary arithmetic). */
function roundText(text: string, max: number): string {
  const dot = text.indexOf('.');
  if (dot < 0 || text.length - dot - 1 <= max) return text;
  const kept = text.slice(0, dot) + text.slice(dot + 1, dot + 1 + max);
  let digits = kept;
  if (text[dot + 1 + max] >= '5') {
    // Add one in the last kept place, carrying through the nines.
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i -= 1;
    digits = (i < 0 ? '1' : kept.slice(0, i) + String(Number(kept[i]) + 1)) + '0'.repeat(kept.length - 1 - i);
  }
  const whole = digits.slice(0, digits.length - max);
  return max === 0 ? whole : `${whole}.${digits.slice(digits.length - max)}`;
}

/**
 * Formats `n` as `Intl.NumberFormat('en-US' or 'zh-CN', options)` does: the shortest decimal that reads back as `n`
 * (ICU's starting point too, so 141.785 is 141.79, where `toFixed` sees 141.78499… and prints 141.78), rounded half
 * away from zero, trailing zeros trimmed down to the minimum, digits grouped.
 */
export function formatDecimal(n: number, options: DecimalOptions = {}): string {
  const min = options.minimumFractionDigits ?? 0;
  const max = options.maximumFractionDigits ?? Math.max(min, 3);
  const negative = n < 0 || Object.is(n, -0);
  const sign = (isZero: boolean): string => {
    if (options.signDisplay === 'exceptZero') return isZero || Number.isNaN(n) ? '' : negative ? '-' : '+';
    return negative ? '-' : '';
  };
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : `${sign(false)}∞`;
  let text = roundText(plainDecimal(Math.abs(n)), max);
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  if (decimals < min) text += (dot < 0 ? '.' : '') + '0'.repeat(min - decimals);
  else if (decimals > min) {
    let end = text.length;
    const keep = dot + 1 + min;
    while (end > keep && text[end - 1] === '0') end -= 1;
    if (text[end - 1] === '.') end -= 1;
    text = text.slice(0, end);
  }
  const point = text.indexOf('.');
  const whole = point < 0 ? text : text.slice(0, point);
  return sign(/^[0.]*$/.test(text)) + groupDigits(whole) + (point < 0 ? '' : text.slice(point));
}

/**
 * A printed number ("-2902.17", "130.90") with its digits grouped and leading zeros dropped, nothing else changed:
 * exactly the decimals the source printed. Text that is not a plain decimal is returned as it is.
 */
export function groupPrinted(valueText: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(valueText);
  return m ? m[1] + groupDigits(m[2].replace(/^0+(?=\d)/, '')) + (m[3] ?? '') : valueText;
}

/**
 * A number's text for reading: its leading hyphen-minus becomes the minus sign U+2212 ("−0.43"), the sign typesetters
 * use and screen readers read as "minus". Data files and CSV downloads keep the hyphen, which spreadsheets parse.
 */
export const minusSign = (text: string): string => (text.startsWith('-') ? `−${text.slice(1)}` : text);

/** An axis tick's value as a reader expects it: grouped, minus sign, no binary noise (0.30000000000000004 is 0.3). */
export const axisNumber = (v: number): string => minusSign(groupPrinted(String(Number(v.toPrecision(6)))));

/** Orders ids and file names by code point: the same order in every browser and in Node, with no collation data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
