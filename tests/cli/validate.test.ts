import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argLang, parseArgs, runValidate, UsageError } from '../../src/cli/validate';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/broken-data');

describe('npm run validate', () => {
  it.each(['en', 'zh'] as const)('prints the saved expected output for a broken data folder (%s)', (lang) => {
    const { lines, status } = runValidate(parseArgs(['--lang', lang, 'data'], FIXTURE));
    expect(lines.join('\n') + '\n').toBe(readFileSync(join(FIXTURE, `expected-${lang}.txt`), 'utf8'));
    expect(status).toBe(1);
  });

  it('runs as a real process: same output, exit status 1, paths relative to where it runs', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/validate.ts'), '--lang', 'en', 'data'], {
      cwd: FIXTURE, encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(FIXTURE, 'expected-en.txt'), 'utf8'));
  });

  it('validates one named file, reading the others for cross-file checks', () => {
    const { lines } = runValidate(parseArgs(['data/targets.csv'], FIXTURE));
    expect(lines.every((l) => l.startsWith('data/targets.csv:') || /^1 files?, /.test(l))).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('says which checks it skipped when a file is validated away from the other data files, and counts "1 file"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'esg-lone-'));
    copyFileSync(join(ROOT, 'data/observations.csv'), join(dir, 'observations.csv'));
    for (const [lang, note, summary] of [
      ['en', /^note: sources\.csv, scopes\.csv, indicators\.csv, targets\.csv, notes\.csv not found next to it, so ids and quotes/, '1 file, 0 issues'],
      ['zh', /^注意：其旁未找到 sources\.csv、scopes\.csv、indicators\.csv、targets\.csv、notes\.csv，因此未核对/, '1 个文件，0 个问题'],
    ] as const) {
      const { lines } = runValidate(parseArgs(['--lang', lang, join(dir, 'observations.csv')], dir));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(note);
      expect(lines[1]).toBe(summary);
    }
  });

  it('reports a source whose file is a folder under seeds/ as missing, instead of crashing on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'esg-seeddir-'));
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    mkdirSync(join(dir, 'seeds/report2021'));
    const sources = join(dir, 'data/sources.csv');
    writeFileSync(sources, `${readFileSync(sources, 'utf8').trimEnd()}\ncsr2021,seeds/report2021,2021报告,2021 report,中铝,2022,,\n`);
    const { lines, status } = runValidate(parseArgs(['--lang', 'en', 'data'], dir));
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^data\/sources\.csv:4:2 .*The source file "seeds\/report2021" does not exist/);
  });

  it('passes on the bundled data with exit status 0', () => {
    const { lines, status } = runValidate(parseArgs([], ROOT));
    expect(lines.slice(0, -1)).toEqual([]);
    expect(status).toBe(0);
  });

  it('accepts the bare language npm leaves when the user forgets `--` (npm run validate --lang zh)', () => {
    expect(parseArgs(['zh'], FIXTURE).lang).toBe('zh');
    expect(parseArgs(['--lang=en', 'data'], FIXTURE).lang).toBe('en');
  });

  it.each([
    [['--lang', 'fr']], [['--bogus']], [['no/such/dir']], [['package.json']],
  ])('refuses bad arguments %j with a usage error', (argv) => {
    expect(() => parseArgs(argv, ROOT)).toThrow(UsageError);
  });

  // Audit §16: the usage errors were English whatever --lang said.
  it.each([
    [['--lang', 'zh', 'package.json'], 'zh', 'package.json 不是数据文件（数据文件为 sources.csv, scopes.csv, indicators.csv, observations.csv, targets.csv, notes.csv）'],
    [['--bogus', '--lang=zh'], 'zh', '没有 --bogus 这个选项'],
    [['zh', 'no/such.csv'], 'zh', `找不到文件或文件夹：${join(ROOT, 'no/such.csv')}`],
    [['--lang'], 'en', '--lang needs a value'],
    [['--lang', 'fr'], 'en', '--lang must be zh or en, got fr'],
    [['--lang', 'en', '--bogus'], 'en', 'unknown option --bogus'],
  ] as const)('says the usage error in the language asked for: %j', (argv, lang, text) => {
    expect(argLang(argv)).toBe(lang);
    let error: unknown;
    try {
      parseArgs(argv, ROOT);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).text(lang)).toBe(text);
  });

  it('prints a usage error and the usage line in Chinese as a real process, exit status 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/validate.ts'), '--lang', 'zh', 'package.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('validate: package.json 不是数据文件（数据文件为 sources.csv, scopes.csv, indicators.csv, observations.csv, targets.csv, notes.csv）\n用法：npm run validate -- [--lang zh|en] [数据文件夹 | 文件.csv ...]\n');
  });
});
