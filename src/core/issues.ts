/**
 * Validation issues are data, never exceptions: every check in the core returns them so that the browser and the CLI
 * can show all problems at once and keep the rows that are fine.
 */
import { compareText } from './numberText';

/** How serious an issue is. Errors drop the row (or file); warnings keep it but still fail `npm run validate`. */
export type Severity = 'error' | 'warning';

/** Values interpolated into a message. Only strings and numbers, so a message can never carry markup objects. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One problem in one place of one file. `line` and `column` are 1-based as an editor and Excel show them. */
export interface Issue {
  /** File name as the user knows it, e.g. `observations.csv`. */
  readonly file: string;
  /** 1-based line; the header is line 1. File-level problems point at line 1. */
  readonly line: number;
  /** 1-based field number (1 = Excel column A). Row- or file-level problems point at column 1. */
  readonly column: number;
  /** Message key, see `messages.ts`; each has Chinese and English text that names the problem and the fix. */
  readonly code: string;
  readonly severity: Severity;
  readonly params: IssueParams;
}

/** Builds an issue; keeps call sites short and the object shape uniform. */
export function issue(
  file: string,
  line: number,
  column: number,
  code: string,
  params: IssueParams = {},
  severity: Severity = 'error',
): Issue {
  return { file, line, column, code, severity, params };
}

/** Orders issues as a reader scans files: by file, then line, then column. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code),
  );
}

/** Excel's letter for a 1-based column number (1 -> A, 27 -> AA), so the CSR team can find the cell. */
export function columnLetter(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
