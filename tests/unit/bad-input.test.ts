/**
 * Issue 5, "Bad input": every failure is a message naming file, line and column, never a crash. Each case asserts the
 * message code and where it points. Core cases go through `parseDataFile`/`loadDataset` (what the preview runs);
 * the size refusal goes through the preview pipeline, which must refuse before reading a byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { issueMessage, loadDataset, parseDataFile, type Issue } from '../../src/core';
import { runPreview, type PreviewFile } from '../../src/features/preview/pipeline';
import { base } from './fixtures';

const HEADER = base['observations.csv'].split('\n')[0];
const GOOD = 'energy_total,2019,group,2866.31,reported,csr2020,附录,"能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17",,';
const row = (value: string, quote = 'q') => `energy_total,2020,group,${value},reported,csr2020,附录,${quote},,`;
const obs = (...rows: string[]) => [HEADER, ...rows, ''].join('\n');
const where = (issues: readonly Issue[]) => issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}`);
const parse = (content: string | Uint8Array) => parseDataFile('observations.csv', content);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/excel/${name}`, import.meta.url)));

describe('bad input, at the core', () => {
  it('empty file', () => {
    expect(where(parse(new Uint8Array()).issues)).toEqual(['observations.csv:1:1:empty_file']);
    expect(where(parse('\n \n').issues)).toEqual(['observations.csv:1:1:empty_file']);
  });

  it('header only: no issue and no rows (the preview warns, see below)', () => {
    expect(parse(`${HEADER}\n`)).toMatchObject({ rows: [], issues: [], usable: true });
  });

  it('header only, in a file the dashboard cannot do without: a warning (so the build stops); targets and notes may be empty', () => {
    for (const f of ['sources.csv', 'scopes.csv', 'indicators.csv', 'observations.csv'] as const) {
      const r = loadDataset({ ...base, [f]: `${base[f].split('\n')[0]}\n` });
      expect(r.issues.filter((i) => i.code === 'no_rows').map((i) => `${i.file}:${i.line}:${i.column}:${i.severity}`)).toEqual([`${f}:1:1:warning`]);
    }
    for (const f of ['targets.csv', 'notes.csv'] as const) {
      expect(loadDataset({ ...base, [f]: `${base[f].split('\n')[0]}\n` }).issues.filter((i) => i.code === 'no_rows')).toEqual([]);
    }
  });

  it('a PNG renamed .csv', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const r = parse(png);
    expect(where(r.issues)).toEqual(['observations.csv:1:1:binary_file']);
    expect(r.issues[0].params).toEqual({ kind: 'PNG' });
  });

  it('an XLSX renamed .csv', () => {
    const r = parse(fixture('book.xlsx.csv'));
    expect(where(r.issues)).toEqual(['observations.csv:1:1:binary_file']);
    expect(r.issues[0].params).toEqual({ kind: 'XLSX/ZIP' });
  });

  it('UTF-16 (little and big endian)', () => {
    expect(where(parse(fixture('observations-utf16.csv')).issues)).toEqual(['observations.csv:1:1:utf16_file']);
    expect(where(parse(new Uint8Array([0xfe, 0xff, 0, 0x61])).issues)).toEqual(['observations.csv:1:1:utf16_file']);
  });

  it('unterminated quote: points at the line and column where the quote opens, keeps the rows before it', () => {
    const r = parse(obs(GOOD, row('2902.17', '"能源消费总量 2,902.17'), row('1')));
    expect(where(r.issues)).toEqual(['observations.csv:3:8:unterminated_quote']);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
  });

  // The audit's case: quotation marks typed around a word in a text editor. The cell is named (G, the locator), the
  // message says what is wrong, and the rows after it are read; before, the column was wherever PapaParse gave up (I),
  // the message said "never closed", and every later row was lost.
  it.each([
    ['a word in quotes, then more text', 'energy_total,2020,group,1,reported,csr2020,"附录"关键绩效表,"q 1",,', 'observations.csv:3:7:text_after_quote'],
    ['a stray quote inside a quoted cell', 'energy_total,2020,group,1,reported,csr2020,附录,"他说"好"q 1",,', 'observations.csv:3:8:text_after_quote'],
    ['after a quoted cell with a line break and "" inside', 'energy_total,2020,group,1,reported,csr2020,附录,"a ""b""\nc" d,,', 'observations.csv:4:8:text_after_quote'],
  ] as const)('text after a closing quote (%s): that row is named at its cell and left out, the rest is read', (_, bad, at) => {
    const r = parse(obs(GOOD, bad, row('1'), row('2').replace('2020', '2019')));
    expect(where(r.issues)).toEqual([at]);
    expect(r.rows.map((x) => x.line)).toEqual(at.includes(':4:') ? [2, 5, 6] : [2, 4, 5]);
  });

  // The header row deleted, so the data start on line 1: the first row's empty notes read as nameless columns, and
  // filled notes as ten missing columns. One message says what happened.
  it.each([
    ['notes empty', obs(GOOD, row('1')).split('\n').slice(1).join('\n')],
    ['notes filled', [GOOD.replace(/,,$/, ',注,note'), row('1')].join('\n')],
    ['indicators.csv', base['indicators.csv'].split('\n').slice(1).join('\n')],
  ])('a deleted header row (%s): "line 1 is not the header row"', (_, content) => {
    const file = content.startsWith('energy_total,能源') ? 'indicators.csv' : 'observations.csv';
    const r = parseDataFile(file, content);
    expect(where(r.issues)).toEqual([`${file}:1:1:header_is_data`]);
    expect(r.issues[0].params.first).toMatch(/^energy_total,(2019|能源消费总量),/);
    expect(issueMessage(r.issues[0], 'en')).toMatch(/^Line 1 is not the header row: it holds data \("energy_total,.*Add the header row above it \(copy it from the template\)\.$/);
    expect(issueMessage(r.issues[0], 'zh')).toMatch(/^第 1 行不是表头：其中是数据（“energy_total,.*请在其上方补上表头行（可从模板复制）。$/);
  });

  it.each([
    ['names in Chinese', obs(GOOD).replace('indicator_id,period', '指标,期间'), ['observations.csv:1:1:missing_column', 'observations.csv:1:1:missing_column']],
    ['names in capitals', obs(GOOD).replace('indicator_id,period', 'Indicator_ID,Period'), ['observations.csv:1:1:header_case', 'observations.csv:1:2:header_case']],
  ])('a header that is there but wrong (%s) is not taken for data', (_, content, expected) => {
    expect(where(parse(content).issues)).toEqual(expected);
  });

  it('a header repeated in the middle (two files pasted together): one message there, the rows around it kept', () => {
    const r = parse(obs(GOOD, HEADER, row('1'), ` ${HEADER.replaceAll(',', ' , ')} `));
    expect(where(r.issues)).toEqual(['observations.csv:3:1:header_repeated', 'observations.csv:5:1:header_repeated']);
    expect(r.rows.map((x) => x.line)).toEqual([2, 4]);
    expect(issueMessage(r.issues[0], 'en')).toBe('This line repeats the header row (were two files pasted together?), so it is not read as data. Delete this line.');
    expect(issueMessage(r.issues[0], 'zh')).toBe('此行重复了表头行（是否把两个文件拼接在了一起？），因此不作为数据读取。请删除此行。');
  });

  it('a header with a full-width comma: one message at the header, not one per row', () => {
    const r = parse(obs(GOOD, row('1')).replace('indicator_id,period', 'indicator_id，period'));
    expect(where(r.issues)).toEqual(['observations.csv:1:1:header_width']);
    expect(r.issues[0].params).toEqual({ expected: 9, found: 10 });
    expect(r.usable).toBe(false);
  });

  it('ragged rows: too few and too many cells, at the first missing or extra cell', () => {
    const r = parse(obs('energy_total,2020,group', GOOD, `${row('1')},extra`));
    expect(where(r.issues)).toEqual(['observations.csv:2:4:wrong_field_count', 'observations.csv:4:11:wrong_field_count']);
    expect(r.issues[0].params).toEqual({ expected: 10, found: 3 });
    expect(r.rows.map((x) => x.line)).toEqual([3]);
  });

  it('duplicate headers', () => {
    const r = parse(`${HEADER},value\n${GOOD},1\n`);
    expect(where(r.issues)).toEqual(['observations.csv:1:11:duplicate_header']);
    expect(r.issues[0].params).toEqual({ name: 'value', first: 4 });
  });

  it('__proto__ as a header is refused and pollutes nothing', () => {
    const r = parse(`${HEADER},__proto__\n${GOOD},{"polluted":1}\n`);
    expect(where(r.issues)).toEqual(['observations.csv:1:11:reserved_header']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a number above 2^53', '9007199254740993', 'number_too_large'],
    ['a long number above 2^53 with separators', '"9,007,199,254,740,993"', 'number_too_large'],
    ['Infinity', 'Infinity', 'number_not_a_number'],
    ['-Infinity', '-Infinity', 'number_not_a_number'],
    ['1e309', '1e309', 'number_scientific'],
    ['NaN', 'NaN', 'number_not_a_number'],
  ])('%s: points at the value cell, keeps the other rows', (_name, value, code) => {
    const r = parse(obs(GOOD, row(value)));
    expect(where(r.issues)).toEqual([`observations.csv:3:4:${code}`]);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
  });

  it('control characters (C0 and DEL) in a cell', () => {
    const r = parse(obs(row('1', 'bell\u0007'), GOOD, row('2', 'del\u007F')));
    expect(where(r.issues)).toEqual(['observations.csv:2:8:control_character', 'observations.csv:4:8:control_character']);
  });

  it('a 1 MB field is refused at its cell without freezing', () => {
    const started = performance.now();
    const r = parse(obs(GOOD, row('1', 'x'.repeat(1024 * 1024))));
    expect(where(r.issues)).toEqual(['observations.csv:3:8:field_too_long']);
    expect(r.issues[0].params).toMatchObject({ length: 1024 * 1024 });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a broken file never hides the valid rows of the others', () => {
    const r = loadDataset({ ...base, 'targets.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04]) });
    expect(where(r.issues)).toEqual(['targets.csv:1:1:binary_file']);
    expect(r.dataset.observations).toHaveLength(3);
  });
});

describe('bad input, in the preview pipeline', () => {
  const published = loadDataset(base).dataset;
  const file = (name: string, text: string): PreviewFile => {
    const bytes = new TextEncoder().encode(text);
    return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
  };

  it('a 200 MB file is refused from its size, before a byte is read, with its name and its size in MB', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const huge: PreviewFile = { name: 'observations.csv', size: 200 * 1024 * 1024, arrayBuffer };
    const r = await runPreview({ files: [huge], published });
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(where(r.issues)).toEqual(['observations.csv:1:1:file_too_large']);
    expect(r.issues[0].params).toEqual({ size: 200, max: 50 });
    expect(issueMessage(r.issues[0], 'en')).toMatch(/^The file is 200 MB, above the limit of 50 MB\./);
    expect(issueMessage(r.issues[0], 'zh')).toMatch(/^文件大小为 200 MB，超过上限 50 MB。/);
    expect(r.files[0]).toMatchObject({ clean: 'refused', cleaned: null });
    // The published file stays in place: nothing would change on the dashboard.
    expect(r.diff.totals).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it('header only: a warning that publishing would empty the file (a notice for targets and notes), and every row shows as removed', async () => {
    const r = await runPreview({ files: [file('observations.csv', `${HEADER}\n`)], published });
    expect(where(r.issues)).toEqual(['observations.csv:1:1:no_rows']);
    expect(r.notices).toEqual([]);
    expect(r.diff.totals).toEqual({ added: 0, changed: 0, removed: 3 });
    const targets = await runPreview({ files: [file('targets.csv', `${base['targets.csv'].split('\n')[0]}\n`)], published });
    expect(targets.issues).toEqual([]);
    expect(targets.notices).toEqual([{ key: 'noRows', params: { file: 'targets.csv' } }]);
  });

  it('an unreadable file is reported with a notice, and gets no cleaned copy', async () => {
    const r = await runPreview({ files: [file('observations.csv', '\uFEFF')], published });
    expect(where(r.issues)).toEqual(['observations.csv:1:1:empty_file']);
    expect(r.notices).toEqual([{ key: 'unusable', params: { file: 'observations.csv' } }]);
    expect(r.files[0]).toMatchObject({ cleaned: null, clean: 'unusable' });
  });
});

// One broken row in sources, scopes or indicators leaves out every row that cites its id. Those rows are told where the
// real error is, once per file and id with a count; "is not in sources.csv" would be false (it is there) and came once
// per row, hundreds of times, before the one message that mattered.
describe('a row that others cite, left out for an error of its own', () => {
  const codes = (r: ReturnType<typeof loadDataset>) => where(r.issues);
  it.each([
    ['sources.csv', base['sources.csv'].replace(',2021\n', ',2021/6/30\n'), 'sources.csv:2:6:invalid_date',
      ['notes.csv:2:8:broken_source', 'notes.csv:2:11:broken_source', 'observations.csv:2:6:broken_source', 'targets.csv:2:9:broken_source'], 'csr2020'],
    ['indicators.csv', base['indicators.csv'].replace('energy_total,能源消费总量,Total energy consumption,energy,10^4 tce', 'energy_total,能源消费总量,Total energy consumption,energy,万吨标准煤'),
      'indicators.csv:2:5:unknown_unit', ['notes.csv:2:3:broken_indicator', 'observations.csv:2:1:broken_indicator'], 'energy_total'],
    ['scopes.csv', base['scopes.csv'].replace('group,集团,Group', 'group,,Group'), 'scopes.csv:2:2:missing_value',
      ['observations.csv:2:3:broken_scope'], 'group'],
  ] as const)('%s', (file, content, cause, cited, id) => {
    const r = loadDataset({ ...base, [file]: content });
    expect(codes(r)).toContain(cause);
    const refs = r.issues.filter((i) => i.code.startsWith('broken_') || i.code.startsWith('unknown_') && i.code !== 'unknown_unit');
    expect(where(refs)).toEqual(cited);
    for (const i of refs) expect(i.params).toMatchObject({ value: id, line: 2 });
    // Counted per file: energy_total has two observation rows in the base data.
    if (file === 'indicators.csv') expect(refs.find((i) => i.file === 'observations.csv')!.params.count).toBe(2);
  });

  it('a source whose seed text is missing (CLI) is the cause, not "not in sources.csv"', () => {
    const r = loadDataset(base, { sourceFileExists: () => false });
    expect(where(r.issues).filter((c) => /source_file_missing|_source$/.test(c))).toEqual([
      'notes.csv:2:8:broken_source', 'notes.csv:2:11:broken_source', 'observations.csv:2:6:broken_source', 'sources.csv:2:2:source_file_missing', 'targets.csv:2:9:broken_source',
    ]);
  });

  it('an id that is nowhere is still "not in"', () => {
    const r = loadDataset({ ...base, 'observations.csv': obs(row('1').replace('csr2020', 'csr2021')) });
    expect(where(r.issues)).toContain('observations.csv:2:6:unknown_source');
  });
});

// CSV injection: a text cell Excel would run as a formula. The row stays (it is only text here), but npm run validate and
// the build stop on the warning, so it is never published and never reaches a download.
describe('text that a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', '='], ['+cmd|\' /C calc\'!A0', '+'], ['-2+3', '-'], ['@SUM(A1)', '@'],
  ] as const)('%s', (text, first) => {
    const r = parse(obs(`energy_total,2020,group,2902.17,reported,csr2020,附录,q,,"${text.replaceAll('"', '""')}"`));
    expect(where(r.issues)).toEqual(['observations.csv:2:10:formula_like']);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', params: { column: 'note_en', first } });
    expect(r.rows).toHaveLength(1);
  });

  it('numbers may start with a sign, and text elsewhere with anything', () => {
    const r = parse(obs('energy_total,2020,group,-0.43,reported,csr2020,附录,q,"注：=号",note'));
    expect(r.issues).toEqual([]);
  });
});
