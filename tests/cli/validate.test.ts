import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, runValidate, UsageError } from '../../src/cli/validate';

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
});
