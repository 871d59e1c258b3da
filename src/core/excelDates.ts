// Apart from periods.ts: the validation that calls it runs in the page shell, and periods.ts (used by the charts)
// need not.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Day 0 of Excel's date serials, as 1900-based workbooks count them (serial 1 = 1900-01-01, after Lotus's 1900-02-29).
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The month period (`2020-09`) a cell stands for when Excel turned the period into a date and saved it as shown:
 * `Sep-20`, `Sep 2020`, `2020/9/1`, `2020/9`, `9/1/2020`, `2020-09-01`, `2020年9月`, or the date serial `44075`. Null for
 * anything else, including periods mistyped by hand (`2021-6`), which get the general message.
 */
export function periodOfExcelDate(cell: string): string | null {
  const s = cell.trim().toLowerCase();
  let year = NaN;
  let month = NaN;
  let m: RegExpExecArray | null;
  if ((m = /^([a-z]{3})[- ](\d{2}|\d{4})$/.exec(s))) {
    month = MONTHS.indexOf(m[1]) + 1;
    year = Number(m[2]) + (m[2].length === 2 ? 2000 : 0);
  } else if ((m = /^(\d{4})(?:\/(\d{1,2})(?:\/\d{1,2})?|-(\d{2})-\d{2}|年(\d{1,2})月(?:\d{1,2}日)?)$/.exec(s))) {
    year = Number(m[1]);
    month = Number(m[2] ?? m[3] ?? m[4]);
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) {
    // The date is the first of the month, so the other number is the month (US m/d/yyyy or European d/m/yyyy).
    year = Number(m[3]);
    month = Number(m[2] === '1' || m[2] === '01' ? m[1] : m[2]);
  } else if (/^\d{5}$/.test(s)) {
    const d = new Date(SERIAL_EPOCH + Number(s) * 86_400_000);
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
  }
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}
