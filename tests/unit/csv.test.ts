import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/csv';

const codes = (text: string) => readCsv('t.csv', text).issues.map((i) => `${i.line}:${i.column}:${i.code}`);

describe('readCsv', () => {
  it.each([
    ['plain LF', 'a,b\n1,2\n3,4\n', []],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', []],
    ['lone CR (old Mac Excel)', 'a,b\r1,2\r3,4\r', []],
    ['BOM is not part of the first header', '\uFEFFa,b\n1,2\n', []],
    ['Excel trailing empty rows', 'a,b\n1,2\n,\n,\n', []],
    ['quoted comma and escaped quote', 'a,b\n"1,308,559","say ""hi"""\n', []],
    ['too few cells', 'a,b,c\n1,2\n', ['2:3:wrong_field_count']],
    ['too many cells', 'a,b\n1,2,3\n', ['2:3:wrong_field_count']],
    ['duplicate header', 'a,b,a\n1,2,3\n', ['1:3:duplicate_header']],
    ['empty header', 'a,,c\n1,2,3\n', ['1:2:empty_header']],
    ['__proto__ header', 'a,__proto__\n1,2\n', ['1:2:reserved_header']],
    ['constructor header', 'constructor,b\n1,2\n', ['1:1:reserved_header']],
    ['semicolon file', 'a;b;c\n1;2;3\n', ['1:1:wrong_delimiter']],
    ['tab file', 'a\tb\n1\t2\n', ['1:1:tab_delimited']],
    ['HTML page', '<!DOCTYPE html><html><body>x</body></html>', ['1:1:html_not_csv']],
    ['empty', '', ['1:1:empty_file']],
    ['whitespace only', ' \n\n', ['1:1:empty_file']],
    ['control character', 'a,b\n1,x\u0007y\n', ['2:2:control_character']],
    ['unterminated quote reports its line', 'a,b\n1,2\n3,"oops\n5,6\n', ['3:2:unterminated_quote']],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('counts lines as an editor does, across a quoted line break', () => {
    const t = readCsv('t.csv', 'a,b\r\n1,"two\r\nlines"\r\n3,4\r\n5\r\n');
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
    expect(t.records[0].fields[1]).toBe('two\nlines');
    expect(t.issues.map((i) => [i.line, i.code])).toEqual([[5, 'wrong_field_count']]);
  });

  it('gives every record the editor line it starts on, whatever the line endings, quoted breaks and blank lines', () => {
    // Cells with line breaks are quoted; blank lines go between records; each record's first line is tracked while
    // the text is built, independently of the reader.
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ' ', ',', '"', '\n', '1'), maxLength: 6 });
    const record = fc.tuple(fc.constantFrom('x', 'y'), cell, cell);
    fc.assert(fc.property(fc.array(fc.tuple(record, fc.nat(2)), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), (rows, eol) => {
      const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
      let text = `a,b,c${eol}`;
      let line = 2;
      const expected: number[] = [];
      for (const [fields, blanks] of rows) {
        text += eol.repeat(blanks);
        line += blanks;
        expected.push(line);
        const joined = fields.map(quote).join(',');
        text += joined.replaceAll('\n', eol) + eol;
        line += 1 + (joined.match(/\n/g)?.length ?? 0);
      }
      const t = readCsv('t.csv', text);
      expect(t.issues).toEqual([]);
      expect(t.records.map((r) => r.line)).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('keeps the good rows around a bad one', () => {
    const t = readCsv('t.csv', 'a,b\n1,2\nbad\n3,4\n');
    expect(t.records.map((r) => r.fields)).toEqual([['1', '2'], ['3', '4']]);
  });

  it('refuses an oversized field (a quote that swallowed the file)', () => {
    const t = readCsv('t.csv', `a,b\n1,"${'x'.repeat(25_000)}"\n`);
    expect(t.issues.map((i) => i.code)).toEqual(['field_too_long']);
  });
});
