/**
 * What Excel does to cells when a column is not formatted as Text, and what the CSR team is told: each case gets a
 * message naming Excel's change and the fix, not the general "not a number" or "not a period".
 */
import { describe, expect, it } from 'vitest';
import {
  checkProvenance, checkValuesInQuotes, droppedZeros, issueMessage, loadDataset, parseDataFile, periodOfExcelDate,
  type FileHeaders, type Issue,
} from '../../src/core';
import { runPreview, type PreviewFile } from '../../src/features/preview/pipeline';
import { base } from './fixtures';

const HEADER = base['observations.csv'].split('\n')[0];
const QUOTE = '"能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17"';
const row = (value: string, period = '2020') => `energy_total,${period},group,${value},reported,csr2020,附录,${QUOTE},,`;
const obs = (...rows: string[]) => [HEADER, ...rows, ''].join('\n');
const where = (issues: readonly Issue[]) => issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}`);
const messages = (i: Issue) => [issueMessage(i, 'en'), issueMessage(i, 'zh')];

describe('numbers Excel formatted', () => {
  it.each([
    ['(4,203)', 'number_brackets', { fixed: '-4203' }, /minus sign, -4203/, /负号写成 -4203/],
    ['（４，２０３）', 'number_brackets', { fixed: '-4203' }, /minus sign, -4203/, /负号写成 -4203/],
    ['(12.50)', 'number_brackets', { fixed: '-12.50' }, /minus sign, -12\.50/, /负号写成 -12\.50/],
    ['4.20E+03', 'number_scientific', {}, /scientific notation.*Format the column as Text/, /科学计数法.*文本格式/],
    ['1.23457E+11', 'number_scientific', {}, /digits it shows/, /其余数字可能已丢失/],
    ['(n/a)', 'number_not_a_number', {}, /is not a number/, /不是数字/],
    ['(-5)', 'number_not_a_number', {}, /is not a number/, /不是数字/],
  ])('%s: %s at the value cell', (value, code, params, en, zh) => {
    const r = parseDataFile('observations.csv', obs(row(`"${value}"`)));
    expect(where(r.issues)).toEqual([`observations.csv:2:4:${code}`]);
    expect(r.issues[0].params).toEqual({ value, column: 'value', ...params });
    const [textEn, textZh] = messages(r.issues[0]);
    expect(textEn).toMatch(en);
    expect(textZh).toMatch(zh);
  });
});

describe('periods Excel turned into dates', () => {
  it.each([
    ['Sep-20', '2020-09'], ['sep-2020', '2020-09'], ['Sep 2020', '2020-09'], ['2020/9/1', '2020-09'], ['2020/9', '2020-09'],
    ['2020-09-01', '2020-09'], ['9/1/2020', '2020-09'], ['01/09/2020', '2020-09'], ['2020年9月', '2020-09'],
    ['2020年9月1日', '2020-09'], ['44075', '2020-09'], ['44197', '2021-01'], ['Dec-21', '2021-12'],
  ])('%s stands for %s', (cell, period) => {
    expect(periodOfExcelDate(cell)).toBe(period);
    const r = parseDataFile('observations.csv', obs(row('2902.17', cell)));
    expect(where(r.issues)).toEqual(['observations.csv:2:2:period_excel_date']);
    expect(r.issues[0].params).toEqual({ value: cell, period, column: 'period' });
    const [en, zh] = messages(r.issues[0]);
    expect(en).toContain(`Format the column as Text (select the column › Format Cells › Text), then type the period again: ${period}`);
    expect(zh).toContain(`该月份应写成 ${period}`);
  });

  it.each(['2021-6', '2021.06', 'FY2020', '2020年', 'Foo-20', '13/13/2020', '99999', '2020-13-01'])('%s is not a date Excel made: the general message', (cell) => {
    expect(periodOfExcelDate(cell)).toBeNull();
    expect(where(parseDataFile('observations.csv', obs(row('2902.17', cell))).issues)).toEqual(['observations.csv:2:2:invalid_period']);
  });

  it('also in targets.csv', () => {
    const targets = base['targets.csv'].replace(',new_alumina,2021,', ',new_alumina,Dec-21,');
    const r = parseDataFile('targets.csv', targets);
    expect(where(r.issues)).toEqual(['targets.csv:2:4:period_excel_date']);
    expect(r.issues[0].params.period).toBe('2021-12');
  });
});

describe('several indicator ids in notes.csv', () => {
  it.each([
    'energy_total,reuse_rate', 'energy_total、reuse_rate', 'energy_total，reuse_rate', 'energy_total;reuse_rate', 'Energy_total',
  ])('%s: "separate several ids with spaces"', (ids) => {
    const notes = base['notes.csv'].replace('energy_total reuse_rate', `"${ids}"`);
    const r = parseDataFile('notes.csv', notes);
    expect(where(r.issues)).toEqual(['notes.csv:2:3:invalid_id_list']);
    const [en, zh] = messages(r.issues[0]);
    expect(en).toContain('Separate several ids with spaces');
    expect(zh).toContain('多个标识之间请用空格分隔');
  });
});

describe('a value whose trailing zero Excel dropped', () => {
  it.each([
    ['130.9', '产量 130.90 万吨', '130.90'],
    ['2300', '共 2,300.00 万元', '2300.00'],
    ['0.5', '比例 0.50', '0.50'],
    ['130.9', '产量 130.9 万吨', null],
    ['130.9', '产量 130.95 万吨', null],
    ['2300', '共 2,300 万元', null],
  ])('%s in %s: printed %s', (value, quote, printed) => {
    expect(droppedZeros(value, quote)).toBe(printed);
  });

  const withValue = (value: string) => ({ ...base, 'observations.csv': base['observations.csv'].replace('2020,group,2902.17', `2020,group,${value}`) });
  const quoteWithZero = (d: typeof base) => ({ ...d, 'observations.csv': d['observations.csv'].replaceAll('2,902.17"', '2,902.10"') });
  const seeds = new Map([['seeds/csr.txt', '能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.10 重复用水率 % 96.59 97.09 92.92 2021 年末完成 0.278 吨标准煤/吨']]);

  it('names the dropped zero and how to keep it, from the rows alone (the Preview) and with seeds (the CLI)', () => {
    const { dataset } = loadDataset(quoteWithZero(withValue('2902.1')));
    for (const found of [checkValuesInQuotes(dataset), checkProvenance(dataset, seeds)]) {
      expect(where(found)).toEqual(['observations.csv:3:4:value_zero_dropped']);
      expect(found[0].params).toEqual({ value: '2902.1', printed: '2902.10' });
      const [en, zh] = messages(found[0]);
      expect(en).toBe('The quote prints 2902.10 but the value is 2902.1: Excel dropped the zeros at the end when it saved the file. Format the value column as Text (select the column › Format Cells › Text) so that Excel keeps them, then write 2902.10.');
      expect(zh).toBe('引文中印的是 2902.10，而数值为 2902.1：Excel 保存时去掉了末尾的 0。请把 value 列设为文本格式（选中列 › 设置单元格格式 › 文本），Excel 才会保留末尾的 0，再填写 2902.10。');
    }
  });

  it('the Preview reports a dropped zero, and any value missing from its quote, in the dropped file', async () => {
    const published = loadDataset(base).dataset;
    const drop = (content: string): PreviewFile => {
      const bytes = new TextEncoder().encode(content);
      return { name: 'observations.csv', size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
    };
    const zero = await runPreview({ files: [drop(quoteWithZero(withValue('2902.1'))['observations.csv'])], published });
    expect(where(zero.issues)).toEqual(['observations.csv:3:4:value_zero_dropped']);
    const wrong = await runPreview({ files: [drop(withValue('2902.71')['observations.csv'])], published });
    expect(where(wrong.issues)).toEqual(['observations.csv:3:4:value_not_in_quote']);
    // Columns in another order: the value is in column A of this file.
    const reordered = 'value,indicator_id,period,scope_id,status,source_id,locator,quote,note_zh,note_en\n'
      + `2902.71,energy_total,2020,group,reported,csr2020,附录,${QUOTE},,\n`;
    expect(where((await runPreview({ files: [drop(reordered)], published })).issues)).toEqual(['observations.csv:2:1:value_not_in_quote']);
  });
});

describe('quote and value messages when the columns are reordered', () => {
  const seeds = new Map([['seeds/csr.txt', '能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17 重复用水率 % 96.59 97.09 92.92 2021 年末完成 0.278 吨标准煤/吨']]);
  const observations = 'quote,locator,source_id,status,value,scope_id,period,indicator_id,note_zh,note_en\n'
    + `${QUOTE},附录,csr2020,reported,2866.31,group,2019,energy_total,,\n`
    + '能源消费总量 万吨标准煤 9999,附录,csr2020,reported,9999,group,2020,energy_total,,\n'
    + `${QUOTE},附录表,csr2020,reported,9999,group,2020,energy_total,,\n`;
  const notes = 'quote_a,note_id,kind,indicator_ids,title_zh,title_en,text_zh,text_en,source_id,locator_a,source_id_b,locator_b,quote_b\n'
    + '能源 1,energy_twice,contradiction,energy_total,能耗,Energy,正文。,Body.,csr2020,附录,csr2020,附录,重复用水率 % 96.59\n';

  it('names the file\'s own column (quote in A, value in E, note quote in A), as the header read gives it', () => {
    const headers: FileHeaders = {};
    const { dataset } = loadDataset({ ...base, 'observations.csv': observations, 'notes.csv': notes }, { onTable: (f, t) => { headers[f] = t.header; } });
    expect(where(checkProvenance(dataset, seeds, headers))).toEqual([
      'notes.csv:2:1:quote_not_in_source', 'observations.csv:3:1:quote_not_in_source', 'observations.csv:4:5:value_not_in_quote',
    ]);
  });
});
