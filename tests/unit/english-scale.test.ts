import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/charts/catalog';
import { catalogModels, targetPathKey } from '../../src/charts/catalogIndex';
import { chartCsvRows, type CsvWords } from '../../src/charts/chartCsv';
import { makeLabels } from '../../src/cli/export';
import { loadDataset, type Lang } from '../../src/core';
import { targetGroups } from '../../src/features/target-progress/model';
import { headlines } from '../../src/features/overview/headlines';
import { formatAmount, unitLabel } from '../../src/shared/format';
import { withFiles, base } from './fixtures';

// Fresh water in 亿吨 (1.48 to 3.56, i.e. 148 to 356 million t) and a water volume target in 万立方米 whose values all
// stay below a million m³: each chart must say every number, its axis, tooltip, sentence and CSV in one scale.
const files = withFiles({
  'indicators.csv': `${base['indicators.csv']}`
    + 'fresh_water,新水用量,Fresh water use,water,10^8 t,lower_better,303-3,2\n'
    + 'liquor_returned,赤泥附液回用量,Red mud liquor returned,water,10^4 m3,higher_better,,0\n',
  'observations.csv': `${base['observations.csv']}`
    + 'fresh_water,2018,group,1.48,reported,csr2020,附录,新水用量 亿吨 1.48 1.50 3.56,,\n'
    + 'fresh_water,2019,group,1.50,reported,csr2020,附录,新水用量 亿吨 1.48 1.50 3.56,,\n'
    + 'fresh_water,2020,group,3.56,reported,csr2020,附录,新水用量 亿吨 1.48 1.50 3.56,,\n'
    + 'liquor_returned,2020,group,52,reported,csr2020,附录,回用 52 万立方米,,\n',
  'targets.csv': `${base['targets.csv']}`
    + 'liquor_2021,liquor_returned,group,2021,>=,5,10^4 m3,plan,csr2020,目标,回用 5 万立方米,,\n'
    + 'liquor_2022,liquor_returned,group,2022,>=,10,10^4 m3,plan,csr2020,目标,回用 10 万立方米,,\n',
});
const { dataset, issues } = loadDataset(files);
const words: CsvWords = { header: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], actual: 'actual', target: (c) => `target ${c}` };
const entry = (lang: Lang, id: string) => buildCatalog(dataset, makeLabels(lang)).find((e) => e.id === id)!;
const csv = (lang: Lang, key: string) => chartCsvRows(dataset, catalogModels(dataset).find((m) => m.key === key)!, makeLabels(lang), words);
type Tooltip = { tooltip: { formatter: (p: { dataIndex: number; seriesIndex?: number }) => string } };

describe('one English scale per chart, from its largest value', () => {
  it('loads the fixture', () => expect(issues.filter((i) => i.severity === 'error')).toEqual([]));

  it('says a trend of 1.48 to 3.56 亿吨 in millions everywhere: axis, subtitle, tooltip, labels, sentence, CSV', () => {
    const e = entry('en', 'fresh-water--group--year');
    const option = e.option as ReturnType<typeof import('../../src/charts/trend').trendOption>;
    expect(e.subtitle).toBe('Unit: million t');
    expect(option.yAxis.name).toBe('million t');
    expect((option as unknown as Tooltip).tooltip.formatter({ dataIndex: 0 })).toBe('2018: 148 million t');
    expect(option.series[0].data.map((d) => d.value)).toEqual([148, 150, 356]);
    expect(e.description).toContain('from 148\u00a0million t in 2018 to 356\u00a0million t in 2020');
    expect(csv('en', 'fresh_water|group|year').map((r) => [r[5], r[6]])).toEqual([[148, 'million t'], [150, 'million t'], [356, 'million t']]);
  });

  it('says a target path below a million m³ in plain m³: sentence, axis, CSV, and the dashboard\'s target table', () => {
    const e = entry('en', 'liquor-returned--targets');
    expect(e.subtitle).toBe('Unit: m³');
    expect(e.description).toMatch(/from 520,000.m³ .*at least 100,000.m³ by 2022/);
    expect(e.description).not.toMatch(/million/);
    expect(csv('en', targetPathKey('liquor_returned')).map((r) => [r[5], r[6]])).toEqual([[520000, 'm³'], [50000, 'm³'], [100000, 'm³']]);
    const group = targetGroups(dataset, ['water'], '2026').find((g) => g.indicator.indicatorId === 'liquor_returned')!;
    expect(group.rows.map((r) => formatAmount(r.target.valueText, 'en', r.target.unit))).toEqual(['50,000 m³', '100,000 m³']);
    expect(unitLabel(group.indicator.unit, 'en')).toBe('m³');
  });

  it('gives an overview card the scale of its chart', () => {
    const h = headlines(dataset, ['fresh_water'])[0];
    expect(formatAmount(h.latest.valueText, 'en', h.unit)).toBe('356 million t');
  });

  it('leaves Chinese in the source\'s unit, as printed', () => {
    const e = entry('zh', 'fresh-water--group--year');
    expect(e.subtitle).toBe('单位：亿吨');
    expect(e.description).toContain('1.48\u00a0亿吨');
    expect(csv('zh', 'fresh_water|group|year').map((r) => [r[5], r[6]])).toEqual([[1.48, '亿吨'], [1.5, '亿吨'], [3.56, '亿吨']]);
    expect(entry('zh', 'liquor-returned--targets').description).toMatch(/基准为 52.万立方米.*不低于 10.万立方米/);
  });
});
