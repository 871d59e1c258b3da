import { describe, expect, it } from 'vitest';
import { citedLocator, citedTitle, loadDataset, targetsIn, type DataFiles } from '../../src/core';
import { base, withFiles } from './fixtures';

const OBS_HEAD = 'indicator_id,period,scope_id,value,status,source_id,locator,quote,note_zh,note_en\n';
const TGT_HEAD = 'target_id,indicator_id,scope_id,period,comparator,value,unit,level,source_id,locator,quote,note_zh,note_en\n';
const where = (files: DataFiles) => loadDataset(files).issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}`);

describe('loadDataset', () => {
  it('loads the valid base dataset without issues', () => {
    const r = loadDataset(base);
    expect(r.issues).toEqual([]);
    expect(r.dataset.observations.map((o) => [o.indicatorId, o.period, o.value])).toEqual([
      ['energy_total', '2019', 2866.31], ['energy_total', '2020', 2902.17], ['reuse_rate', '2020', 92.92],
    ]);
    expect(r.dataset.targets[0]).toMatchObject({ comparator: '<=', value: 0.278, valueText: '0.278', line: 2 });
  });

  it.each([
    ['unknown indicator', { 'observations.csv': OBS_HEAD + 'nope,2020,group,1,reported,csr2020,x,1,,\n' }, ['observations.csv:2:1:unknown_indicator']],
    ['unknown scope', { 'observations.csv': OBS_HEAD + 'energy_total,2020,plant_x,1,reported,csr2020,x,1,,\n' }, ['observations.csv:2:3:unknown_scope']],
    ['unknown source', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,1,reported,report9,x,1,,\n' }, ['observations.csv:2:6:unknown_source']],
    ['bad period', { 'observations.csv': OBS_HEAD + 'energy_total,2020年,group,1,reported,csr2020,x,1,,\n' }, ['observations.csv:2:2:invalid_period']],
    ['quarter is not a period', { 'observations.csv': OBS_HEAD + 'energy_total,2020-Q1,group,1,reported,csr2020,x,1,,\n' }, ['observations.csv:2:2:invalid_period']],
    ['decimal comma', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,"1,5",reported,csr2020,x,1,,\n' }, ['observations.csv:2:4:number_decimal_comma']],
    ['n/a value', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,n/a,reported,csr2020,x,1,,\n' }, ['observations.csv:2:4:number_not_a_number']],
    ['empty value', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,,reported,csr2020,x,1,,\n' }, ['observations.csv:2:4:missing_value']],
    ['% sign on a non-% indicator', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,5%,reported,csr2020,x,1,,\n' }, ['observations.csv:2:4:percent_sign_wrong_unit']],
    ['bad status', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,1,estimated,csr2020,x,1,,\n' }, ['observations.csv:2:5:invalid_enum']],
    ['derived without note', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,1,derived,csr2020,x,1,,\n' }, ['observations.csv:2:9:derived_without_note']],
    ['duplicate observation key', { 'observations.csv': OBS_HEAD + 'energy_total,2020,group,1,reported,csr2020,x,1,,\nenergy_total,2020,group,2,reported,csr2020,x,2,,\n' }, ['observations.csv:3:1:duplicate_key']],
    ['duplicate indicator id', { 'indicators.csv': base['indicators.csv'] + 'energy_total,x,y,energy,t,neutral,,0\n' }, ['indicators.csv:5:1:duplicate_key']],
    ['unknown unit', { 'indicators.csv': base['indicators.csv'] + 'x_total,x,y,energy,kilotonnes,neutral,,0\n' }, ['indicators.csv:5:5:unknown_unit']],
    ['bad direction', { 'indicators.csv': base['indicators.csv'] + 'x_total,x,y,energy,t,up,,0\n' }, ['indicators.csv:5:6:invalid_enum']],
    ['bad comparator', { 'targets.csv': TGT_HEAD + 't1,energy_total,group,2025,<,1,10^4 tce,plan,csr2020,x,1,,\n' }, ['targets.csv:2:5:invalid_enum']],
    ['target unit differs from indicator unit', { 'targets.csv': TGT_HEAD + 't1,energy_total,group,2025,<=,1,t,plan,csr2020,x,1,,\n' }, ['targets.csv:2:7:target_unit_mismatch']],
    ['month deadline is a valid target period', { 'targets.csv': TGT_HEAD + 't1,energy_total,group,2021-09,<=,1,10^4 tce,plan,csr2020,x,1,,\n' }, []],
    ['missing column', { 'scopes.csv': 'scope_id,name_zh\ngroup,集团\n' }, ['scopes.csv:1:1:missing_column']],
    ['missing file', { 'targets.csv': undefined }, ['targets.csv:1:1:file_missing']],
  ] as Array<[string, DataFiles, string[]]>)('%s', (_name, over, expected) => {
    expect(where(withFiles(over))).toEqual(expected);
  });

  it('keeps the valid rows of other files when one file is unusable, without cascading reference errors', () => {
    const r = loadDataset(withFiles({ 'indicators.csv': 'a;b\n1;2\n' }));
    expect(r.issues.map((i) => i.code)).toEqual(['wrong_delimiter']);
    expect(r.unusableFiles).toEqual(['indicators.csv']);
    expect(r.dataset.observations).toHaveLength(3);
    expect(r.dataset.targets).toHaveLength(1);
  });

  it('reports a source file that does not exist when the caller can check', () => {
    const r = loadDataset(base, { sourceFileExists: () => false });
    expect(r.issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}`)).toContain('sources.csv:2:2:source_file_missing');
  });

  it('hands each file it could decode to onTable, once, as readCsv read it', () => {
    const seen: string[] = [];
    const r = loadDataset(withFiles({ 'targets.csv': undefined, 'scopes.csv': new Uint8Array([0xff, 0xfe, 0x41, 0]) }), {
      onTable: (f, table) => {
        seen.push(f);
        if (f === 'observations.csv') expect(table.records.map((rec) => rec.line)).toEqual([2, 3, 4]);
      },
    });
    expect(seen).toEqual(['sources.csv', 'indicators.csv', 'observations.csv', 'notes.csv']);
    expect(r.unusableFiles).toEqual(['scopes.csv', 'targets.csv']);
  });

  it('reports every issue of a file with an error on each of 130,000 rows (more than a call takes arguments)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => `energy_total,2020,group,1,reported,csr2020,L${i},q,,,extra`);
    const r = loadDataset(withFiles({ 'observations.csv': `${base['observations.csv']}${rows.join('\n')}\n` }));
    expect(r.issues).toHaveLength(130_000);
    expect(r.issues[0]).toMatchObject({ line: 5, code: 'wrong_field_count' });
    expect(r.dataset.observations).toHaveLength(3);
  });

  it('never turns a __proto__ cell into an object key', () => {
    const r = loadDataset(withFiles({ 'scopes.csv': base['scopes.csv'] + '__proto__,x,y\n' }));
    expect(r.issues.map((i) => i.code)).toEqual(['invalid_id']);
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });
});

describe('targetsIn', () => {
  it.each([
    [['energy'], ['alumina_new_2021']],
    [['community'], []],
    [['community', 'energy'], ['alumina_new_2021']],
  ] as const)('%j -> %j', (categories, ids) => {
    const { dataset } = loadDataset(base);
    expect(targetsIn(dataset, categories).map((g) => g.targetId)).toEqual(ids);
  });
});

// sources.csv may give each document a short name for tables and chart source lines; files without the columns (every
// file written before they existed) still load, and figures then cite the full title.
describe('short names of source documents', () => {
  const SRC_HEAD = 'source_id,file,title_zh,title_en,publisher,published';
  it.each([
    ['no short columns', `${SRC_HEAD}\ncsr2020,seeds/csr.txt,完整报告标题,Full report title,Chinalco,2021\n`, ['', ''], ['完整报告标题', 'Full report title']],
    ['short names given', `${SRC_HEAD},short_zh,short_en\ncsr2020,seeds/csr.txt,完整报告标题,Full report title,Chinalco,2021,报告,Report\n`, ['报告', 'Report'], ['报告', 'Report']],
    ['only the English one', `${SRC_HEAD},short_zh,short_en\ncsr2020,seeds/csr.txt,完整报告标题,Full report title,Chinalco,2021,,Report\n`, ['', 'Report'], ['完整报告标题', 'Report']],
  ])('%s', (_name, csv, [shortZh, shortEn], [citedZh, citedEn]) => {
    const r = loadDataset(withFiles({ 'sources.csv': csv }));
    expect(r.issues).toEqual([]);
    const s = r.dataset.sources[0];
    expect([s.shortZh, s.shortEn]).toEqual([shortZh, shortEn]);
    expect([citedTitle(s, 'zh'), citedTitle(s, 'en')]).toEqual([citedZh, citedEn]);
  });
});

describe('citedLocator: a locator as each language\'s reader sees it', () => {
  it.each([
    ['附录 关键绩效表 / Appendix: key performance table', 'zh', '附录 关键绩效表'],
    ['附录 关键绩效表 / Appendix: key performance table', 'en', '附录 关键绩效表 / Appendix: key performance table'],
    ['问题五 整改措施 4 / Problem 5, measure 4', 'zh', '问题五 整改措施 4'],
    // Not in the "Chinese / English" form: shown as written, in both languages.
    ['第 3 页', 'zh', '第 3 页'],
    ['p. 3', 'en', 'p. 3'],
    [' / English only', 'zh', ' / English only'],
  ] as const)('%s (%s) -> %s', (locator, lang, shown) => {
    expect(citedLocator(locator, lang)).toBe(shown);
  });
});
