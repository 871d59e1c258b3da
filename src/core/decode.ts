import { issue, type Issue } from './issues';

/** Files larger than this are refused before decoding: no curated data file comes near it, and a browser tab would. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Result of turning raw bytes into text: either text (possibly with warnings) or a refusal. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'gb18030'; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Signatures of files people rename to .csv by mistake; each maps to a message that says how to save a CSV instead. */
const BINARY_SIGNATURES: ReadonlyArray<{ sig: number[]; kind: string }> = [
  { sig: [0x50, 0x4b, 0x03, 0x04], kind: 'XLSX/ZIP' },
  { sig: [0xd0, 0xcf, 0x11, 0xe0], kind: 'XLS' },
  { sig: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
  { sig: [0xff, 0xd8, 0xff], kind: 'JPEG' },
  { sig: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
];

/**
 * Decodes a data file the way Excel and WPS may have saved it: UTF-8 with or without BOM, or GB18030/GBK (the default
 * "CSV" of Chinese Excel, decoded with a warning). UTF-16 (with or without BOM), binary files and Big5 or Shift-JIS
 * text (garbled as GBK) are refused with a message saying how to save as "CSV UTF-8". Never throws.
 */
export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  const refuse = (code: string, params: Record<string, string | number> = {}): Decoded => ({
    ok: false,
    issues: [issue(file, 1, 1, code, params)],
  });
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, issues: [fileTooLarge(file, bytes.length)] };
  if (bytes.length === 0) return refuse('empty_file');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return refuse('utf16_file');
  const binary = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.sig));
  if (binary) return refuse('binary_file', { kind: binary.kind });
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    // UTF-16 saved without its BOM: text that is mostly ASCII (commas, digits, ids) has a zero byte in every other
    // position, on one side only (odd for little-endian, even for big-endian). Binary data has zeros on both sides.
    const zeros = [0, 0];
    head.forEach((b, i) => b || zeros[i & 1]++);
    return refuse(Math.abs(zeros[0] - zeros[1]) * 5 > head.length ? 'utf16_file' : 'binary_unknown');
  }

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', issues: [] };
  } catch {
    // Not UTF-8: Chinese Excel's plain "CSV" is GBK, which GB18030 decodes as a superset.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(body);
    // Big5 and Shift-JIS bytes are nearly always valid GB18030 too, and read so they give fluent-looking nonsense
    // (中鋁集團 as い綯栋刮) that would be published without a word.
    if (notGbk(body)) return refuse('encoding_garbled', { sample: garbledSample(text) });
    // GBK has no −, ₂ or ³; Excel writes each as "?" when it saves, silently. Counting them tells the editor what to check.
    let marks = 0;
    for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) marks++;
    return { ok: true, text, encoding: 'gb18030', issues: [issue(file, 1, 1, 'encoding_gb18030', { marks }, 'warning')] };
  } catch {
    return { ok: false, issues: [badUtf8(file, body)] };
  }
}

/**
 * The refusal of bytes that are neither UTF-8 nor GB18030, at the line and cell of the first bytes that are not
 * UTF-8. When text beyond ASCII (Chinese, read as UTF-8) comes before them, the file is UTF-8 with a cell pasted from
 * elsewhere (`encoding_mixed`), and that cell is what to fix, not the file's encoding.
 */
function badUtf8(file: string, body: Uint8Array): Issue {
  const text = new TextDecoder().decode(body);
  // Reached only when UTF-8 failed, so the non-fatal decoder has put at least one U+FFFD in.
  const lines = text.slice(0, text.indexOf('\uFFFD')).split(/\r\n?|\n/);
  // Quoted text (and the commas in it) taken out, the commas left separate the cells before the bad bytes.
  const column = lines[lines.length - 1].replace(/"[^"]*"?/g, '').split(',').length;
  return issue(file, lines.length, column, /[^\0-\x7F]/.test(lines.join('')) ? 'encoding_mixed' : 'encoding_unknown');
}

/** The file-size refusal, in MB (a byte count such as 53477376 means nothing to a reader), rounded up. */
export function fileTooLarge(file: string, size: number): Issue {
  const mb = (n: number) => Math.ceil(n / 104_857.6) / 10;
  return issue(file, 1, 1, 'file_too_large', { size: mb(size), max: mb(MAX_FILE_BYTES) });
}

/**
 * True when double-byte text that decodes as GBK is most likely Big5 or Shift-JIS. Chinese text in GBK is almost all
 * in GB2312 (first byte A1-A3, A6-A9 or B0-F7, second A1-FE: not its kana rows A4-A5, nor the unassigned AA-AF):
 * 99.8 % of the pairs of every data file and seed of this project saved as GBK. Big5 puts about 40 % of its second
 * bytes below A1 and many common characters on A4-AF; Shift-JIS puts kana and common kanji on first bytes 81-9F: 53-82 %
 * of their pairs fall outside (the same files, and traditional and Japanese names). Traditional names in GBK reach 29 %.
 */
function notGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    const a = bytes[i];
    if (a < 0x80) continue;
    const b = bytes[++i];
    // GB18030's four-byte form (second byte a digit): neither Big5 nor Shift-JIS can produce one.
    if (b >= 0x30 && b <= 0x39) {
      i += 2;
      continue;
    }
    pairs++;
    const gb2312 = b >= 0xa1 && ((a >= 0xa1 && a <= 0xa3) || (a >= 0xa6 && a <= 0xa9) || (a >= 0xb0 && a <= 0xf7));
    if (!gb2312) odd++;
  }
  return odd >= 3 && odd > pairs * 0.4;
}

/** The first run of non-ASCII text, as a reader would see the garbling in the message. */
function garbledSample(text: string): string {
  return /[\u0080-\uffff]{1,12}/.exec(text)?.[0] ?? '';
}
