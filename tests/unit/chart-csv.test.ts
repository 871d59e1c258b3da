import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOM, chartCsvRows, csvCell, neutralise, toCsv, type CsvWords } from '../../src/charts/chartCsv';
import { catalogModels, targetPathKey } from '../../src/charts/catalogIndex';
import { makeLabels } from '../../src/cli/export';
import { DATA_FILES, loadDataset } from '../../src/core';

describe('CSV cells', () => {
  it.each([
    // [cell, as written]
    ['plain text', 'plain text'],
    ['能源消费总量', '能源消费总量'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1 234', "'+1 234"],
    ['-11.47', "'-11.47"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['a=b', 'a=b'],
    ['', ''],
    [-11.47, '-11.47'],
    [29.0217, '29.0217'],
    [0, '0'],
    [1308559, '1308559'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ] as const)('%j is written as %j', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });

  it('neutralises exactly the characters spreadsheets start formulas with', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r', '\n']) expect(neutralise(`${c}x`)).toBe(`'${c}x`);
    for (const c of ['a', '1', ' ', "'", '"', '<', '中']) expect(neutralise(`${c}x`)).toBe(`${c}x`);
  });

  it('writes a BOM, CRLF line ends and one line per row', () => {
    expect(toCsv(['a', 'b'], [['x', 1], ['=y', -2]])).toBe(`${BOM}a,b\r\nx,1\r\n'=y,-2\r\n`);
    expect(toCsv(['only'], [])).toBe(`${BOM}only\r\n`);
  });
});

describe('the rows of a chart on the bundled data', () => {
  const root = join(__dirname, '../..');
  const { dataset } = loadDataset(Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(root, 'data', f))])));
  const models = catalogModels(dataset);
  const words: CsvWords = {
    header: ['indicator_id', 'Indicator', 'Series', 'Scope', 'Period', 'Value', 'Unit', 'Source', 'Locator', 'Quote'],
    actual: 'actual',
    target: (c) => `target (${c})`,
  };

  it('gives a trend one row per plotted period, in the reader unit, as numbers', () => {
    const model = models.find((m) => m.key === 'energy_consumption_total|group|year')!;
    const rows = chartCsvRows(dataset, model, makeLabels('en'), words);
    expect(rows.map((r) => [r[4], r[5], r[6]])).toEqual([['2018', 23.8488, 'Mt tce'], ['2019', 28.6631, 'Mt tce'], ['2020', 29.0217, 'Mt tce']]);
    expect(rows[0].slice(0, 4)).toEqual(['energy_consumption_total', 'Total energy consumption', 'actual', 'the whole Chinalco group']);
    expect(rows[0][9]).toContain('2,384.88');
    const zh = chartCsvRows(dataset, model, makeLabels('zh'), words);
    expect(zh.map((r) => r[5])).toEqual([2384.88, 2866.31, 2902.17]);
    expect(zh[0][6]).toBe('万吨标准煤');
  });

  it('gives a target path every actual it marks and every milestone', () => {
    const model = models.find((m) => m.key === targetPathKey('alumina_energy_intensity'))!;
    if (model.kind !== 'target-path') throw new Error('not a path');
    const rows = chartCsvRows(dataset, model, makeLabels('en'), words);
    expect(rows.length).toBe(model.path.actuals.length + model.path.rows.length);
    expect(rows.filter((r) => String(r[2]).startsWith('target (')).length).toBe(model.path.rows.length);
    expect(rows.every((r) => typeof r[5] === 'number')).toBe(true);
  });
});
