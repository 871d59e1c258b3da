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
 * "CSV" of Chinese Excel, decoded with a warning). UTF-16 and binary files are refused with a message saying how to
 * save as "CSV UTF-8". Never throws.
 */
export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  const refuse = (code: string, params: Record<string, string | number> = {}): Decoded => ({
    ok: false,
    issues: [issue(file, 1, 1, code, params)],
  });
  if (bytes.length > MAX_FILE_BYTES) {
    return refuse('file_too_large', { size: bytes.length, max: MAX_FILE_BYTES });
  }
  if (bytes.length === 0) return refuse('empty_file');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return refuse('utf16_file');
  const binary = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.sig));
  if (binary) return refuse('binary_file', { kind: binary.kind });
  if (bytes.subarray(0, 4096).includes(0)) return refuse('binary_unknown', {});

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', issues: [] };
  } catch {
    // Not UTF-8: Chinese Excel's plain "CSV" is GBK, which GB18030 decodes as a superset.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(body);
    // GBK has no −, ₂ or ³; Excel writes each as "?" when it saves, silently. Counting them tells the editor what to check.
    let marks = 0;
    for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) marks++;
    return { ok: true, text, encoding: 'gb18030', issues: [issue(file, 1, 1, 'encoding_gb18030', { marks }, 'warning')] };
  } catch {
    return refuse('encoding_unknown');
  }
}
