/**
 * Audit §11, §14, §16: header names that differ from the contract's only in ways an editor cannot see or does not
 * care about are read (with a warning), a misspelt one is named at its own cell, files that are not CSV are named for
 * what they are, and Excel's empty formatted columns are ignored.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, issueMessage, parseDataFile, type Issue } from '../../src/core';
import { base } from './fixtures';

const OBS = base['observations.csv'];
const where = (issues: readonly Issue[]) => issues.map((i) => `${i.line}:${i.column}:${i.code}${i.severity === 'warning' ? ':w' : ''}`);
const parse = (content: string | Uint8Array) => parseDataFile('observations.csv', content);
const withHeader = (from: string, to: string) => OBS.replace(from, to);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('header names', () => {
  it.each([
    ['letter case', withHeader('indicator_id,period', 'Indicator_ID,Period'), ['1:1:header_case:w', '1:2:header_case:w'], 'Indicator_ID'],
    ['a zero-width space', withHeader('indicator_id', 'indicator_id\u200B'), ['1:1:header_invisible:w'], 'indicator_id⟨U+200B⟩'],
    ['a soft hyphen inside the name', withHeader('scope_id', 'scope_\u00ADid'), ['1:3:header_invisible:w'], 'scope_⟨U+00AD⟩id'],
    ['a full-width underscore', withHeader('source_id', 'source＿id'), ['1:6:header_fullwidth:w'], 'source＿id'],
    ['full-width letters, upper case', withHeader('value', 'ＶＡＬＵＥ'), ['1:4:header_fullwidth:w'], 'ＶＡＬＵＥ'],
    ['an optional column in capitals', base['sources.csv'].replace('published', 'published,Short_EN').replace('2021', '2021,Rpt'), ['1:7:header_case:w'], 'Short_EN'],
  ])('%s: the column is read, with a warning at its cell', (_, content, expected, found) => {
    const file = content.startsWith('source_id') ? 'sources.csv' : 'observations.csv';
    const r = parseDataFile(file, content);
    expect(where(r.issues)).toEqual(expected);
    expect(r.usable).toBe(true);
    expect(r.rows.length).toBe(file === 'sources.csv' ? 1 : 3);
    expect(r.issues[0].params.found).toBe(found);
  });

  it('a name written both ways: the exact one is the column, the other an extra column', () => {
    const r = parse(OBS.replace('note_en\n', 'note_en,Value\n').replaceAll(',,\n', ',,,x\n'));
    expect(where(r.issues)).toEqual([]);
    expect(r.rows[0].columnOf('value')).toBe(4);
  });

  it('the warnings say what differs and how to fix it, in both languages', () => {
    const [cased] = parse(withHeader('period', 'PERIOD')).issues;
    expect(issueMessage(cased, 'en')).toBe('Column "PERIOD" was read as the required column "period": the names differ only in capital letters. Rename it to period (copy the header row from the template).');
    expect(issueMessage(cased, 'zh')).toBe('列“PERIOD”已按必需的列“period”读取：两者只有字母大小写不同。请将列名改为 period（可从模板复制表头行）。');
    const [hidden] = parse(withHeader('period', 'period\u200B')).issues;
    expect(issueMessage(hidden, 'en')).toMatch(/^Column "period⟨U\+200B⟩" was read as the required column "period": its name holds characters that cannot be seen/);
    expect(issueMessage(hidden, 'zh')).toMatch(/^列“period⟨U\+200B⟩”已按必需的列“period”读取：列名中含有看不见的字符/);
  });

  it.each([
    ['a transposition', withHeader('quote', 'qoute'), ['1:8:column_misspelled'], { name: 'quote', found: 'qoute' }],
    ['a non-breaking space for _', withHeader('scope_id', 'scope\u00A0id'), ['1:3:column_misspelled'], { name: 'scope_id', found: 'scope⟨U+00A0⟩id' }],
    ['two misspelt names, each at its own cell', withHeader('indicator_id,period', 'indicatr_id,perod'), ['1:1:column_misspelled', '1:2:column_misspelled'], { name: 'indicator_id', found: 'indicatr_id' }],
    ['nothing near: at column A, never past the last column', withHeader('indicator_id', '指标'), ['1:1:missing_column'], { name: 'indicator_id' }],
    ['a name replaced by another', withHeader('locator', 'page'), ['1:1:missing_column'], { name: 'locator', header: 'indicator_id,period,scope_id,value,status,source_id,page,quote,note_zh,note_en' }],
  ])('a missing column (%s) is named at the nearest header cell', (_, content, expected, params) => {
    const r = parse(content);
    expect(where(r.issues)).toEqual(expected);
    expect(r.usable).toBe(false);
    expect(r.issues[0].params).toMatchObject(params);
  });

  it('the misspelling message names both names, in both languages', () => {
    const [i] = parse(withHeader('quote', 'qoute')).issues;
    expect(issueMessage(i, 'en')).toMatch(/^The required column "quote" is missing, and this column, "qoute", is probably meant to be it but is spelled differently .*Rename it to quote/);
    expect(issueMessage(i, 'zh')).toMatch(/^缺少必需的列“quote”，而此列“qoute”很可能就是它，只是拼写不同.*请将列名改为 quote/);
  });
});

describe('header names with spaces or hyphens for _', () => {
  const SCOPES = base['scopes.csv'];
  const NOTES = base['notes.csv'];
  it.each([
    ['a space', 'observations.csv', withHeader('scope_id', 'scope id'), ['1:3:header_separator:w'], 'scope id', 'scope_id'],
    ['a hyphen', 'observations.csv', withHeader('scope_id', 'scope-id'), ['1:3:header_separator:w'], 'scope-id', 'scope_id'],
    ['two spaces', 'observations.csv', withHeader('source_id', 'source  id'), ['1:6:header_separator:w'], 'source  id', 'source_id'],
    ['a space and capitals: one warning, for the space', 'observations.csv', withHeader('scope_id', 'Scope ID'), ['1:3:header_separator:w'], 'Scope ID', 'scope_id'],
    ['a full-width hyphen', 'observations.csv', withHeader('scope_id', 'scope－id'), ['1:3:header_separator:w'], 'scope－id', 'scope_id'],
    ['a space and a zero-width space: the invisible one is named', 'observations.csv', withHeader('scope_id', 'scope id\u200B'), ['1:3:header_invisible:w'], 'scope id⟨U+200B⟩', 'scope_id'],
    ['every column of scopes.csv', 'scopes.csv', SCOPES.replace('scope_id,name_zh,name_en', 'Scope ID,name zh,name-en'), ['1:1:header_separator:w', '1:2:header_separator:w', '1:3:header_separator:w'], 'Scope ID', 'scope_id'],
    ['notes.csv', 'notes.csv', NOTES.replace('note_id,kind,indicator_ids', 'Note ID,kind,indicator-ids').replace('source_id_b', 'source id b'), ['1:1:header_separator:w', '1:3:header_separator:w', '1:11:header_separator:w'], 'Note ID', 'note_id'],
    ['targets.csv', 'targets.csv', base['targets.csv'].replace('target_id', 'target - id'), ['1:1:header_separator:w'], 'target - id', 'target_id'],
  ] as const)('%s: the column is read, with a warning at its cell', (_, file, content, expected, found, name) => {
    const r = parseDataFile(file, content);
    expect(where(r.issues)).toEqual(expected);
    expect(r.usable).toBe(true);
    expect(r.rows.length).toBe(content.trim().split('\n').length - 1);
    expect(r.issues[0].params).toEqual({ found, name });
    if (file === 'observations.csv') expect(r.rows.map((x) => x.text('scope_id'))).toEqual(['group', 'group', 'group']);
    if (file === 'scopes.csv') expect(r.rows.map((x) => x.text('name_en'))).toEqual(['Group', 'new alumina plants']);
    if (file === 'notes.csv') expect(r.rows[0].text('source_id_b')).toBe('csr2020');
  });

  it('a name written both ways: the exact one is the column, the other an extra column', () => {
    const r = parse(OBS.replace('note_en\n', 'note_en,scope id\n').replaceAll(',,\n', ',,,x\n'));
    expect(where(r.issues)).toEqual([]);
    expect(r.rows[0].columnOf('scope_id')).toBe(3);
  });

  it.each([
    ['an underscore and a space', withHeader('scope_id', 'scope_ id'), ['1:3:column_misspelled']],
    ['no separator at all', withHeader('scope_id', 'scopeid'), ['1:3:column_misspelled']],
  ])('a near spelling that is not only a separator (%s) is still misspelt', (_, content, expected) => {
    expect(where(parse(content).issues)).toEqual(expected);
  });

  it('the warning says what was found, what it was read as and the fix, in both languages', () => {
    const [i] = parse(withHeader('scope_id', 'Scope ID')).issues;
    const en = issueMessage(i, 'en');
    const zh = issueMessage(i, 'zh');
    expect(en).toBe('Column "Scope ID" was read as the required column "scope_id": its name has spaces or hyphens (-) where scope_id has underscores (_). Rename it to scope_id, in lower case with underscores (copy the header row from the template).');
    expect(zh).toBe('列“Scope ID”已按必需的列“scope_id”读取：列名中用了空格或连字符（-），而 scope_id 中是下划线（_）。请将列名改为 scope_id，即小写字母加下划线（可从模板复制表头行）。');
    expect(zh).not.toBe(en);
  });
});

describe('a deleted header row in a file without number columns', () => {
  const SCOPES = base['scopes.csv'];
  const NOTES = base['notes.csv'];
  const body = (text: string) => text.split('\n').slice(1).join('\n');
  // notes.csv's first row cites csr2020 and 附录 twice: read as a header, that was "duplicate column name".
  it.each([
    ['scopes.csv', body(SCOPES), 'group,集团,Group'],
    ['scopes.csv', 'new_alumina,新建氧化铝企业,new alumina plants\r\ngroup,中铝集团整体,the whole Chinalco group\r\n', 'new_alumina,新建氧化铝企业,new alumina plants'],
    ['notes.csv', body(NOTES), 'energy_twice,contradiction,energy_total reuse_rate'],
    ['notes.csv', body(NOTES).replace('附录,"能源', '附录 A,"能源'), 'energy_twice,contradiction,energy_total reuse_rate'],
  ] as const)('%s (%#): "line 1 is not the header row"', (file, content, first) => {
    const r = parseDataFile(file, content);
    expect(where(r.issues)).toEqual(['1:1:header_is_data']);
    expect(r.usable).toBe(false);
    expect(r.issues[0].params.first).toBe(first);
    expect(issueMessage(r.issues[0], 'en')).toMatch(/^Line 1 is not the header row: .*Add the header row above it/);
    expect(issueMessage(r.issues[0], 'zh')).toMatch(/^第 1 行不是表头：.*请在其上方补上表头行/);
  });

  it.each([
    ['one misspelt name in scopes.csv', 'scopes.csv', SCOPES.replace('name_en', 'nmae_en'), ['1:3:column_misspelled']],
    ['one misspelt name in notes.csv', 'notes.csv', NOTES.replace('indicator_ids', 'indicator_id'), ['1:3:column_misspelled']],
    ['every name misspelt, the first still an id', 'scopes.csv', SCOPES.replace('scope_id,name_zh,name_en', 'scopeid,namezh,nameen'), ['1:1:column_misspelled', '1:2:column_misspelled', '1:3:column_misspelled']],
    ['names in Chinese', 'scopes.csv', SCOPES.replace('scope_id,name_zh,name_en', '范围,中文名,英文名'), ['1:1:missing_column', '1:1:missing_column', '1:1:missing_column']],
  ] as const)('a header that is there but wrong (%s) is not taken for data', (_, file, content, expected) => {
    expect(where(parseDataFile(file, content).issues)).toEqual(expected);
  });
});

describe("Excel's empty formatted columns at the right end", () => {
  it.each([
    ['on every row', OBS.replace(/\n/g, ',,\n'), [], true],
    ['on the header only', OBS.replace('note_en\n', 'note_en,,\n'), [], true],
    ['on some rows, spaces in one', OBS.replace('note_en\n', 'note_en,,\n').replace(',,\nenergy_total,2020', ',, , \nenergy_total,2020'), [], true],
    ['a nameless column with a value: still refused', OBS.replace(/\n/g, ',,\n').replace(',,,,\nreuse', ',,,,x\nreuse'), ['1:11:empty_header', '1:12:empty_header'], false],
  ])('%s', (_, content, expected, usable) => {
    const r = parse(content);
    expect(where(r.issues)).toEqual(expected);
    expect(r.usable).toBe(usable);
    if (usable) expect(r.rows.map((x) => x.text('note_en'))).toEqual(['', '', '']);
  });
});

describe('files that are not CSV, named for what they are', () => {
  it.each([
    ['Excel XML Spreadsheet 2003', '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>', 'xml_spreadsheet'],
    ['XHTML with an XML declaration', '<?xml version="1.0"?>\n<!DOCTYPE html><html><body>x</body></html>', 'html_not_csv'],
    ['HTML after a comment', '<!-- saved -->\n<html><body>x</body></html>', 'html_not_csv'],
    ['a bare table', '<table><tr><td>indicator_id</td></tr></table>', 'html_not_csv'],
    ['a bare table after blank lines', '\n\n  <TABLE>\n<tr><td>x</td></tr></TABLE>', 'html_not_csv'],
  ])('%s', (_, content, code) => {
    expect(where(parse(content).issues)).toEqual([`1:1:${code}`]);
  });

  it('the XML message names the format and how to save a CSV, in both languages', () => {
    const [i] = parse('<?xml version="1.0"?><Workbook></Workbook>').issues;
    expect(issueMessage(i, 'en')).toBe('This is an Excel "XML Spreadsheet 2003" file (XML), not a CSV. Open it in Excel and choose Save As > "CSV UTF-8 (Comma delimited)".');
    expect(issueMessage(i, 'zh')).toBe('这是 Excel“XML 电子表格 2003”文件（XML），不是 CSV。请在 Excel 中打开，选择“另存为”>“CSV UTF-8（逗号分隔）”。');
  });

  const gbk = [0xd6, 0xd0, 0xc2, 0xc1]; // 中铝 in GBK
  const withBytes = (text: string, at: string, bytes: number[]) => {
    const [before, after] = text.split(at);
    return new Uint8Array([...utf8(before), ...bytes, ...utf8(after)]);
  };
  it.each([
    ['a GBK cell on line 4 of a UTF-8 file', withBytes(OBS, '重复用水率', gbk), '4:8:encoding_mixed'],
    ['after a quoted cell with commas and a CRLF file', withBytes(OBS.replaceAll('\n', '\r\n'), ',,\r\nreuse', [0x2c, ...gbk, 0x2c, 0x0d, 0x0a, 0x72, 0x65, 0x75, 0x73, 0x65]), '3:9:encoding_mixed'],
    ['bad bytes in a file that is ASCII up to them', withBytes('indicator_id,period\nx,y\nz,', 'y', [0xff, 0xfe, 0xfd]), '2:2:encoding_unknown'],
    ['a Latin-1 é after UTF-8 Chinese', withBytes('scope_id,name_zh,name_en\ngroup,集团,Group\nsite_x,厂,Usine de Montréal\n', 'é', [0xe9]), '3:3:encoding_mixed'],
  ])('%s: refused at the line and cell of the bad bytes', (_, bytes, expected) => {
    const r = decodeBytes('observations.csv', bytes);
    expect(r.ok).toBe(false);
    expect(where(r.issues)).toEqual([expected]);
  });

  it('the mixed-encoding message says which cell to fix, in both languages', () => {
    const r = decodeBytes('observations.csv', withBytes(OBS, '重复用水率', gbk));
    expect(issueMessage(r.issues[0], 'en')).toBe('This cell holds characters that are not UTF-8, although the text before them is: they were probably pasted from a file in another encoding (such as GBK), and cannot be read. Retype them (or copy the line again from a file open in Excel), then save as "CSV UTF-8 (Comma delimited)".');
    expect(issueMessage(r.issues[0], 'zh')).toBe('此单元格中有不是 UTF-8 编码的字符，而此前的文字都是 UTF-8：这些字符很可能是从另一种编码（如 GBK）的文件中粘贴来的，无法读取。请重新输入这些字符（或从在 Excel 中打开的文件重新复制此行），再另存为“CSV UTF-8（逗号分隔）”。');
  });

  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  it.each([
    ['UTF-16 LE without a BOM', utf16(OBS, false), 'utf16_file'],
    ['UTF-16 BE without a BOM', utf16(OBS, true), 'utf16_file'],
    ['UTF-16 LE, tab-separated, mostly Chinese', utf16('指标\t期间\t数值\n能源消费总量\t2020\t2902.17\n重复用水率\t2020\t92.92\n', false), 'utf16_file'],
    ['binary with zero runs', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 7 < 4 ? 0 : i & 0xff))), 'binary_unknown'],
  ])('%s', (_, bytes, code) => {
    expect(where(parse(bytes).issues)).toEqual([`1:1:${code}`]);
  });
});
