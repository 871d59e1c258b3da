/**
 * `npm run validate [--lang zh|en] [paths...]`: checks the data files and prints one line per issue as
 * `file:line:column  message`. Exit status: 0 clean, 1 issues found, 2 usage error.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  DATA_FILES, checkProvenance, formatIssue, interpolate, loadDataset, sortIssues, type DataFileName, type DataFiles,
  type FileHeaders, type Lang,
} from '../core';

/**
 * The command-line mistakes of both CLIs (validate and export) in both languages. `{{value}}` is the argument at
 * fault. Kept here, not in the core's catalogs: they are no data issue and have no file, line or column.
 */
const USAGE_TEXT = {
  lang: { en: '--lang must be zh or en, got {{value}}', zh: '--lang 只能是 zh 或 en，不能是 {{value}}' },
  option: { en: 'unknown option {{value}}', zh: '没有 {{value}} 这个选项' },
  missing: { en: 'no such file or directory: {{value}}', zh: '找不到文件或文件夹：{{value}}' },
  not_data: { en: '{{value}} is not a data file ({{files}})', zh: '{{value}} 不是数据文件（数据文件为 {{files}}）' },
  needs_value: { en: '{{value}} needs a value', zh: '{{value}} 后面需要给出一个值' },
  format: { en: '--format takes {{formats}}, got {{value}}', zh: '--format 只能取 {{formats}}，不能是 {{value}}' },
  unexpected: {
    en: 'unexpected argument {{value}} (with npm, put -- before the options)',
    zh: '多余的参数 {{value}}（用 npm 运行时，请在选项前加上 --）',
  },
  no_data_dir: { en: 'no such data directory: {{value}}', zh: '找不到数据文件夹：{{value}}' },
  out_required: { en: '--out <dir> is required', zh: '必须给出 --out <文件夹>' },
  out_is_file: { en: '--out is a file: {{value}}', zh: '--out 指向的是文件，不是文件夹：{{value}}' },
  unknown_chart: { en: 'unknown chart id {{value}} (see --list)', zh: '没有图表 id {{value}}（可用 --list 查看）' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Which command-line mistake a `UsageError` is. */
export type UsageCode = keyof typeof USAGE_TEXT;

/** A command-line mistake (bad flag or path); printed, in the language asked for, as usage help with exit status 2. */
export class UsageError extends Error {
  constructor(readonly code: UsageCode, readonly params: Readonly<Record<string, string>> = {}) {
    super(interpolate(USAGE_TEXT[code].en, params));
  }

  /** The message in the reader's language. */
  text(lang: Lang): string {
    return interpolate(USAGE_TEXT[this.code][lang], this.params);
  }
}

/**
 * The language a command line asks for (`--lang zh`, `--lang=zh`, or the bare `zh` npm leaves of `--lang zh` without
 * `--`), English when none: read on its own, so that a mistake anywhere on the line is told in that language.
 */
export function argLang(argv: readonly string[]): Lang {
  let lang: Lang = 'en';
  argv.forEach((a, i) => {
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : argv[i - 1] === '--lang' ? undefined : a;
    if (v === 'zh' || v === 'en') lang = v;
  });
  return lang;
}

/** Parsed arguments of the validator. */
export interface ValidateArgs {
  readonly lang: Lang;
  /** The data directory, and the contract files to read from it (by default all of them). */
  readonly dataDir: string;
  readonly files: Partial<Record<DataFileName, string>>;
  /** Directory paths in the output are relative to. */
  readonly cwd: string;
}

/** Parses `--lang` and paths; a directory means "all contract files in it", a file path one contract file. */
export function parseArgs(argv: readonly string[], cwd: string): ValidateArgs {
  let lang: Lang = 'en';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'zh' && v !== 'en') throw v === undefined ? new UsageError('needs_value', { value: a }) : new UsageError('lang', { value: v });
      lang = v;
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (v !== 'zh' && v !== 'en') throw new UsageError('lang', { value: v });
      lang = v;
    } else if (a.startsWith('-')) throw new UsageError('option', { value: a });
    else if ((a === 'zh' || a === 'en') && !existsSync(resolve(cwd, a))) {
      // `npm run validate --lang zh` (without `--`) makes npm swallow the flag and pass only "zh".
      lang = a;
    } else paths.push(resolve(cwd, a));
  }
  if (paths.length === 0) paths.push(resolve(cwd, 'data'));
  const files: Partial<Record<DataFileName, string>> = {};
  let dataDir = paths[0];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError('missing', { value: p });
    if (statSync(p).isDirectory()) {
      dataDir = p;
      for (const f of DATA_FILES) files[f] = join(p, f);
    } else {
      const name = basename(p) as DataFileName;
      if (!DATA_FILES.includes(name)) throw new UsageError('not_data', { value: basename(p), files: DATA_FILES.join(', ') });
      files[name] = p;
      dataDir = dirname(p);
    }
  }
  return { lang, dataDir, files, cwd };
}

/** Runs the validation and returns the lines to print and the exit status; no I/O on stdout here. */
export function runValidate(args: ValidateArgs): { lines: string[]; status: number } {
  const projectRoot = resolve(args.dataDir, '..');
  // Files not named on the command line still come from the data folder: cross-file checks need them.
  const content: DataFiles = {};
  for (const f of DATA_FILES) {
    const path = args.files[f] ?? join(args.dataDir, f);
    if (existsSync(path)) content[f] = new Uint8Array(readFileSync(path));
  }
  const only = new Set(Object.keys(args.files));
  // A file, not a folder of that name: reading a folder threw EISDIR and the CLI (and the build) died with a stack trace.
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  // The header rows as read, so quote and value messages name the file's own column when columns were reordered.
  const headers: FileHeaders = {};
  const result = loadDataset(content, {
    sourceFileExists: (p) => isFile(join(projectRoot, p)),
    onTable: (f, table) => { headers[f] = table.header; },
  });
  const seeds = new Map<string, string>();
  for (const s of result.dataset.sources) seeds.set(s.path, readFileSync(join(projectRoot, s.path), 'utf8'));
  const issues = sortIssues([...result.issues, ...checkProvenance(result.dataset, seeds, headers)]).filter((i) => only.has(i.file));
  // Show each file as the user can open it from here, e.g. data/observations.csv.
  const shown = (f: string) => relative(args.cwd, args.files[f as DataFileName] ?? join(args.dataDir, f)) || f;
  const lines = issues.map((i) => formatIssue({ ...i, file: shown(i.file) }, args.lang));
  // A file checked away from its data folder: the others are missing, so ids and quotes went unchecked. Say so.
  const absent = DATA_FILES.filter((f) => content[f] === undefined && !only.has(f));
  const skipped = absent.length === 0 ? [] : [args.lang === 'zh'
    ? `注意：其旁未找到 ${absent.join('、')}，因此未核对与这些文件相关的标识和引文。请在数据文件夹中检查，或给出整个文件夹。`
    : `note: ${absent.join(', ')} not found next to it, so ids and quotes that depend on them were not checked. Check the file inside the data folder, or give the whole folder.`];
  const summary = args.lang === 'zh'
    ? `${only.size} 个文件，${issues.length} 个问题`
    : `${only.size} file${only.size === 1 ? '' : 's'}, ${issues.length} issue${issues.length === 1 ? '' : 's'}`;
  return { lines: [...lines, ...skipped, summary], status: issues.length === 0 ? 0 : 1 };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const { lines, status } = runValidate(parseArgs(process.argv.slice(2), process.cwd()));
    process.stdout.write(lines.join('\n') + '\n');
    process.exitCode = status;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const zh = argLang(process.argv.slice(2)) === 'zh';
    const usage = zh ? '用法：npm run validate -- [--lang zh|en] [数据文件夹 | 文件.csv ...]' : 'usage: npm run validate -- [--lang zh|en] [data-dir | file.csv ...]';
    process.stderr.write(`validate: ${e.text(zh ? 'zh' : 'en')}\n${usage}\n`);
    process.exitCode = 2;
  }
}
