import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_SPECS, issueMessage, MESSAGES, readCsv } from '../../src/core';
import { en } from '../../src/shared/locales/en';
import { zh } from '../../src/shared/locales/zh';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Every issue code the source emits, found by scanning src/ for `'code'` arguments of issue() and refusals. */
function emittedCodes(): string[] {
  const dir = join(__dirname, '../../src');
  const files = (d: string): string[] => readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
  const found = new Set<string>();
  for (const f of files(dir).filter((x) => /\.(ts|tsx)$/.test(x))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:code: |issue\([^)]*?, |refuse\(|fail\()'([a-z0-9_]+)'/g)) found.add(m[1]);
    for (const m of text.matchAll(/code: '([a-z0-9_]+)'/g)) found.add(m[1]);
  }
  // Column names appear as arguments of columnOf() inside issue() calls; they are not codes.
  const columns = new Set(Object.values(FILE_SPECS).flatMap((cols) => cols.map((c) => c.name)));
  return [...found].filter((c) => !columns.has(c));
}

describe('messages and interface text', () => {
  it('Chinese and English validation catalogs have the same keys and placeholders', () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const k of Object.keys(MESSAGES.en)) expect(placeholders(MESSAGES.zh[k])).toEqual(placeholders(MESSAGES.en[k]));
  });

  it('every code the core emits has a message', () => {
    const codes = emittedCodes();
    expect(codes.length).toBeGreaterThan(20);
    for (const c of codes) expect(MESSAGES.en, c).toHaveProperty(c);
  });

  it('Chinese and English interface catalogs have the same keys and placeholders', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    const get = (o: object, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
    for (const k of keys(en)) expect(placeholders(get(zh, k)), k).toEqual(placeholders(get(en, k)));
  });

  it.each([
    ['zh', '制表符', /Tab/],
    ['en', 'tabs instead of commas', /制表符/],
  ] as const)('a tab-separated file is explained in the reader\'s own words (%s)', (lang, says, never) => {
    const [problem] = readCsv('scopes.csv', 'scope_id\tname_zh\tname_en\ngroup\t集团\tGroup\n').issues;
    expect(issueMessage(problem, lang)).toContain(says);
    expect(issueMessage(problem, lang)).not.toMatch(never);
  });
});
