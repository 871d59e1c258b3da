import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProvenance, DATA_FILES, loadDataset, squeeze, valueInQuote, type DataFiles } from '../../src/core';
import { base } from './fixtures';

const ROOT = join(__dirname, '../..');
const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(readFileSync(join(ROOT, 'data', f)))]));
const { dataset, issues } = loadDataset(files);
const seedOf = new Map(dataset.sources.map((s) => [s.sourceId, squeeze(readFileSync(join(ROOT, s.path), 'utf8'))]));

const rows = [
  ...dataset.observations.map((o) => ({ ...o, label: `${o.indicatorId} ${o.period} ${o.scopeId}`, mustContainValue: o.status === 'reported' })),
  ...dataset.targets.map((t) => ({ ...t, label: t.targetId, mustContainValue: true })),
];

describe('provenance of the bundled data', () => {
  it('the data folder loads without issues', () => {
    expect(issues).toEqual([]);
    expect(dataset.observations.length).toBeGreaterThan(150);
    expect(dataset.targets.length).toBeGreaterThan(15);
  });

  it.each(rows.map((r) => [`${r.file} line ${r.line} (${r.label})`, r] as const))('%s: quote is in the cited seed and holds the value', (_name, r) => {
    const seed = seedOf.get(r.sourceId);
    expect(seed, `unknown source ${r.sourceId}`).toBeDefined();
    expect(seed!.includes(squeeze(r.quote)), `quote not found in ${r.sourceId}: ${r.quote}`).toBe(true);
    if (r.mustContainValue) expect(valueInQuote(r.valueText, r.quote), `value ${r.valueText} not in quote: ${r.quote}`).toBe(true);
  });
});

describe('checkProvenance', () => {
  const seeds = new Map([['seeds/csr.txt', '能源消费总量\t万吨标准煤\t2,384.88\t2,866.31\t2,902.17\n重复用水率\t%\t96.59\t97.09\t92.92\n2021 年末完成 0.278 吨标准煤/吨']]);
  it('accepts quotes that differ from the seed only in whitespace', () => {
    expect(checkProvenance(loadDataset(base).dataset, seeds)).toEqual([]);
  });
  it('names the row of a quote that is not in the seed, and of a value not in its quote', () => {
    // Only the first row's quote is altered (String.replace changes the first match).
    const obs = base['observations.csv'].replace('2,902.17",,', '2,902.18",,');
    const found = checkProvenance(loadDataset({ ...base, 'observations.csv': obs }).dataset, seeds);
    expect(found.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}`)).toEqual([
      'observations.csv:2:8:quote_not_in_source',
    ]);
    const wrongValue = base['observations.csv'].replace('2019,group,2866.31', '2019,group,2866.32');
    const found2 = checkProvenance(loadDataset({ ...base, 'observations.csv': wrongValue }).dataset, seeds);
    expect(found2.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual(['2:4:value_not_in_quote']);
  });
});

describe('valueInQuote', () => {
  it.each([
    ['2902.17', '能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17', true],
    ['1308559', '共 1,308,559 人次', true],
    ['866.31', '2,866.31', false],
    ['2', '2.35 千克', false],
    ['-11.47', '同比下降 11.47%', true],
    ['-11.47', '同比增长 11.47%', false],
    ['-32.21', '变化率 % -53.81 -66.49 -32.21', true],
    ['3', '2023年年底三家企业原厂停产', true],
    ['2', '两个督察小组', true],
    ['10', '恢复十个环保监测井', true],
    ['3', '三废综合治理', false],
    ['4', '“十四五”末完成', false],
    ['3', '十三个', false],
    ['3.5', '三家', false],
  ])('%s in %s: %s', (value, quote, expected) => {
    expect(valueInQuote(value, quote)).toBe(expected);
  });
});
