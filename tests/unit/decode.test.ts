import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, issue, issueMessage, loadDataset, parseDataFile } from '../../src/core';
import { base } from './fixtures';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/excel/${name}`, import.meta.url)));

describe('files as Excel and WPS save them', () => {
  it.each([
    ['observations-bom-crlf.csv', []],
    ['observations-gbk.csv', ['1:1:encoding_gb18030']],
  ])('%s reads all three rows, values normalised', (name, expected) => {
    const r = loadDataset({
      ...base,
      'indicators.csv': base['indicators.csv'] + 'safety_training,安全生产培训,Safety training,safety_health,person-times,higher_better,404-1,0\n',
      'observations.csv': fixture(name),
    });
    expect(r.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual(expected);
    expect(r.dataset.observations.map((o) => [o.line, o.indicatorId, o.valueText])).toEqual([
      [2, 'safety_training', '1308559'], [3, 'energy_total', '2902.17'], [4, 'reuse_rate', '92.92'],
    ]);
  });

  it.each([
    ['observations-utf16.csv', 'utf16_file'],
    ['book.xlsx.csv', 'binary_file'],
    ['page.html.csv', 'html_not_csv'],
    ['semicolon.csv', 'wrong_delimiter'],
    ['duplicate-header.csv', 'duplicate_header'],
    ['proto-header.csv', 'reserved_header'],
  ])('%s is refused with %s', (name, code) => {
    const r = parseDataFile('observations.csv', fixture(name));
    expect(r.usable).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain(code);
  });

  it('reports an unterminated quote at its line and keeps the rows before it', () => {
    const r = parseDataFile('observations.csv', fixture('broken-quote.csv'));
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.issues.map((i) => `${i.line}:${i.code}`)).toEqual(['3:unterminated_quote']);
  });

  it('refuses any other file that is not text, with a message that needs no file type', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0x00, 0x00, 0x61, 0x2c, 0x62]); // NUL bytes, no known signature
    const r = decodeBytes('observations.csv', docx);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'binary_unknown', params: {} }] });
    if (r.ok) throw new Error('unreachable');
    expect(issueMessage(r.issues[0], 'zh')).toBe('这不是文本文件，因此不可能是 CSV。请换成真正的 CSV 文件（如是工作簿，请在 Excel 中选择“另存为”>“CSV UTF-8（逗号分隔）”）。');
    expect(issueMessage(r.issues[0], 'en')).toMatch(/^This is not a text file, so it cannot be a CSV\. Replace it with the real CSV file/);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, and empty files', () => {
    expect(decodeBytes('x.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff, 0xff]))).toMatchObject({ ok: false });
    expect(decodeBytes('x.csv', new Uint8Array())).toMatchObject({ ok: false, issues: [{ code: 'empty_file' }] });
  });
});

// Excel's GBK save writes every character GBK lacks (−, ₂, ³) as "?", without a word: the warning counts them.
describe('a GBK file with characters GBK cannot hold', () => {
  it('counts the question marks in its warning', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('a,b\n'), 0xc4, 0xdc, 0x3f, 0x31, 0x2c, 0x3f, 0x0a]); // 能?1,?
    const r = decodeBytes('observations.csv', gbk);
    expect(r.ok && r.text).toBe('a,b\n能?1,?\n');
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([['encoding_gb18030', { marks: 2 }]]);
  });

  // A count of none must read as such: the message said 'this file has 0 "?". Check those cells'.
  it.each([
    [0, 'Question marks in this file: 0. Check any that should be another character', '本文件中的“?”：0 个。请核对其中本应是其他字符的'],
    [2, 'Question marks in this file: 2. Check any', '本文件中的“?”：2 个。'],
  ])('says %i question marks in a sentence that reads right for that count', (marks, en, zh) => {
    const warning = issue('observations.csv', 1, 1, 'encoding_gb18030', { marks }, 'warning');
    expect(issueMessage(warning, 'en')).toContain(en);
    expect(issueMessage(warning, 'zh')).toContain(zh);
  });
});

/**
 * An encoder built from the platform's decoder (Node's TextDecoder decodes GBK, Big5 and Shift-JIS but encodes none):
 * every two-byte sequence decoded once, first sequence per character kept. Characters the encoding lacks become "?",
 * as Excel saves them.
 */
function encoderFor(label: string): (text: string) => Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const c of text) {
      if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
      else out.push(...(table.get(c) ?? [0x3f]));
    }
    return new Uint8Array(out);
  };
}

// Traditional Chinese Excel's plain "CSV" is Big5, Japanese Excel's Shift-JIS. Almost any such bytes are valid
// GB18030, so they were read as GBK and published as nonsense (中鋁集團 as い綯栋刮) with only the GBK warning.
describe('Big5 and Shift-JIS files', () => {
  const big5 = encoderFor('big5');
  const sjis = encoderFor('shift_jis');
  const gbk = encoderFor('gbk');
  const TRADITIONAL = 'scope_id,name_zh,name_en\ngroup,中鋁集團（全集團）,Chinalco group\nnew_alumina,新建氧化鋁企業,new alumina plants\n';

  it.each([
    ['Big5, traditional names', big5(TRADITIONAL), 'い綯栋刮'],
    ['Shift-JIS, Japanese names', sjis('scope_id,name_zh,name_en\ngroup,グループ,group\n'), '僌儖乕僾'],
  ])('%s: refused, with a sample of the garbled text', (_, bytes, sample) => {
    const r = decodeBytes('scopes.csv', bytes);
    expect(r).toMatchObject({ ok: false, issues: [{ line: 1, column: 1, code: 'encoding_garbled', severity: 'error' }] });
    if (r.ok) throw new Error('unreachable');
    expect(String(r.issues[0].params.sample)).toContain(sample);
    expect(issueMessage(r.issues[0], 'en')).toContain(`garbled, e.g. "${r.issues[0].params.sample}". It was probably saved as Big5`);
    expect(issueMessage(r.issues[0], 'zh')).toContain(`中文变成了乱码，例如“${r.issues[0].params.sample}”`);
  });

  const ROOT = new URL('../../', import.meta.url);
  const own = ['data/sources.csv', 'data/scopes.csv', 'data/indicators.csv', 'data/observations.csv', 'data/targets.csv', 'data/notes.csv',
    'seeds/chinalco-csr-report-2020.txt', 'seeds/chinalco-inspection-remediation-plan.txt'];
  it.each(own)('%s: saved as GBK it is read (with the GBK warning); as Big5 or Shift-JIS it is refused', (path) => {
    const text = readFileSync(new URL(path, ROOT), 'utf8');
    const asGbk = decodeBytes('observations.csv', gbk(text));
    expect(asGbk.ok && asGbk.issues.map((i) => i.code)).toEqual(['encoding_gb18030']);
    for (const bytes of [big5(text), sjis(text)]) expect(decodeBytes('observations.csv', bytes).issues.map((i) => i.code)).toEqual(['encoding_garbled']);
  });

  it('traditional names saved as GBK are still read', () => {
    expect(decodeBytes('scopes.csv', gbk(TRADITIONAL))).toMatchObject({ ok: true, issues: [{ code: 'encoding_gb18030' }] });
  });
});
