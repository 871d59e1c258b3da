/**
 * Number cells as people type them in Excel, read strictly: what could be read two ways is an error, not a guess.
 */

/** A successfully read number, with the canonical text used for display and provenance checks. */
export interface ParsedNumber {
  readonly ok: true;
  readonly value: number;
  /** The number as printed, without thousands separators or %, full-width digits made ASCII (e.g. "130.90"). */
  readonly text: string;
  /** True when the cell ended in "%" (allowed only where the unit is %). */
  readonly percentSign: boolean;
}

/** Why a cell is not a number; the code is a message key. */
export interface NumberError {
  readonly ok: false;
  readonly code: 'number_empty' | 'number_decimal_comma' | 'number_not_a_number' | 'number_too_large' | 'number_scientific' | 'number_brackets';
  /** For `number_brackets`: the same number written with a minus sign, which the message offers as the fix. */
  readonly fixed?: string;
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B\uFF05\u3000]/g;

/** Maps full-width digits and signs (０-９．，－＋％, ideographic space) to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
// What Excel writes for a number it shows in scientific notation (a long number, or a narrow column): the digits
// beyond those shown are lost, so the cell cannot be trusted even though it reads as a number.
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;
// Excel's accounting format shows a negative number in brackets, and a CSV saves it as shown.
const BRACKETS = /^[(（]([^()（）]+)[)）]$/;

/**
 * Reads a number cell. Accepts "1308559", "1,308,559" (grouped by thousands), "２９０２．１７", "-11.47", "96.59%".
 * Refuses "1,5" (decimal comma or a typo?), "n/a", "Infinity", and integers beyond 2^53 (not exact), and names what
 * Excel did to "4.20E+03" (scientific notation) and "(4,203)" (an accounting negative).
 */
export function parseNumber(raw: string): ParsedNumber | NumberError {
  // Most cells are already plain ASCII numbers, which every normalisation below leaves as they are.
  let s = raw;
  let percentSign = false;
  if (!PLAIN.test(s)) {
    s = toHalfWidth(raw).trim().replace(/\u2212/g, '-');
    if (s === '') return { ok: false, code: 'number_empty' };
    percentSign = s.endsWith('%');
    if (percentSign) s = s.slice(0, -1).trim();
    if (SCIENTIFIC.test(s)) return { ok: false, code: 'number_scientific' };
    const inner = BRACKETS.exec(s);
    if (inner) {
      const n = parseNumber(inner[1]);
      if (n.ok && !/^[+-]/.test(inner[1].trim())) return { ok: false, code: 'number_brackets', fixed: `-${n.text}` };
    }
    if (GROUPED.test(s)) s = s.replace(/,/g, '');
    else if (s.includes(',')) return { ok: false, code: 'number_decimal_comma' };
    if (!PLAIN.test(s)) return { ok: false, code: 'number_not_a_number' };
  }
  const value = Number(s);
  // Digits before the point, without sign and leading zeros (but keeping one digit).
  const dot = s.indexOf('.');
  let first = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const end = dot < 0 ? s.length : dot;
  while (first < end - 1 && s[first] === '0') first++;
  if (!Number.isFinite(value) || end - first > 16 || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, code: 'number_too_large' };
  }
  return { ok: true, value, text: s[0] === '+' ? s.slice(1) : s, percentSign };
}

/** Number of digits after the decimal point in a canonical number text ("130.90" -> 2). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
