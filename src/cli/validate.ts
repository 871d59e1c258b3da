/**
 * `npm run validate [--lang zh|en] [paths...]`: checks the data files and prints one line per issue as
 * `file:line:column  message`. Exit status: 0 clean, 1 issues found, 2 usage error.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  DATA_FILES, checkProvenance, formatIssue, loadDataset, sortIssues, type DataFileName, type DataFiles, type FileHeaders,
  type Lang,
} from '../core';

/** A command-line mistake (bad flag or path); printed as usage help with exit status 2. */
export class UsageError extends Error {}

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
      if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be zh or en, got ${v ?? 'nothing'}`);
      lang = v;
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be zh or en, got ${v}`);
      lang = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if ((a === 'zh' || a === 'en') && !existsSync(resolve(cwd, a))) {
      // `npm run validate --lang zh` (without `--`) makes npm swallow the flag and pass only "zh".
      lang = a;
    } else paths.push(resolve(cwd, a));
  }
  if (paths.length === 0) paths.push(resolve(cwd, 'data'));
  const files: Partial<Record<DataFileName, string>> = {};
  let dataDir = paths[0];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
    if (statSync(p).isDirectory()) {
      dataDir = p;
      for (const f of DATA_FILES) files[f] = join(p, f);
    } else {
      const name = basename(p) as DataFileName;
      if (!DATA_FILES.includes(name)) throw new UsageError(`${basename(p)} is not a data file (${DATA_FILES.join(', ')})`);
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
    process.stderr.write(`validate: ${e.message}\nusage: npm run validate -- [--lang zh|en] [data-dir | file.csv ...]\n`);
    process.exitCode = 2;
  }
}
