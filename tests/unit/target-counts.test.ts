import { describe, expect, it } from 'vitest';
import { loadDataset, type Category, type DataFiles } from '../../src/core';
import { targetCounts } from '../../src/features/overview/targetCounts';
import { base, withFiles } from './fixtures';

const TGT_HEAD = 'target_id,indicator_id,scope_id,period,comparator,value,unit,level,source_id,locator,quote,note_zh,note_en\n';
const SECTION: Partial<Record<Category, string>> = { energy: 'energy', water: 'water' };
const sectionOf = (c: Category) => SECTION[c] ?? 'other';
const counts = (files: DataFiles, asOf: string) => targetCounts(loadDataset(files).dataset, asOf, sectionOf, ['water', 'energy', 'other']);

// The base data has group-wide energy totals for 2019 and 2020 (2866.31, 2902.17) and a water reuse rate for 2020.
describe('targetCounts', () => {
  it.each([
    ['met: the 2020 group figure is at or under the 2020 ceiling', 't,energy_total,group,2020,<=,2902.17,10^4 tce,plan,csr2020,x,1,,', '2021', 'energy', 'met'],
    ['off track: the deadline passed and the latest own-scope figure misses it', 't,energy_total,group,2020,<=,2800,10^4 tce,plan,csr2020,x,1,,', '2021', 'energy', 'off_track'],
    ['off track before the deadline: the figure moved away from the target', 't,energy_total,group,2025,<=,2800,10^4 tce,plan,csr2020,x,1,,', '2021', 'energy', 'off_track'],
    ['not yet due: no figure after the baseline yet', 't,reuse_rate,group,2025,>=,95,%,plan,csr2020,x,1,,', '2021', 'water', 'not_yet_due'],
    ['no data: only another scope has figures', 't,energy_total,new_alumina,2020,<=,1,10^4 tce,plan,csr2020,x,1,,', '2021', 'energy', 'no_data'],
    ['water target counts under water', 't,reuse_rate,group,2020,>=,90,%,plan,csr2020,x,1,,', '2021', 'water', 'met'],
  ])('%s', (_name, row, asOf, section, status) => {
    const { rows, all } = counts(withFiles({ 'targets.csv': `${TGT_HEAD}${row}\n` }), asOf);
    expect(rows).toHaveLength(1);
    expect(rows[0].section).toBe(section);
    expect(rows[0].total).toBe(1);
    expect(rows[0].byStatus[status as 'met']).toBe(1);
    expect(all.total).toBe(1);
  });

  it('counts per section in the given order, sections without targets left out, totals over all', () => {
    const targets = `${TGT_HEAD}a,energy_total,group,2020,<=,2902.17,10^4 tce,plan,csr2020,x,1,,\n`
      + 'b,energy_total,group,2025,<=,2800,10^4 tce,plan,csr2020,x,1,,\n'
      + 'c,reuse_rate,group,2020,>=,95,%,plan,csr2020,x,1,,\n';
    const { rows, all } = counts(withFiles({ 'targets.csv': targets }), '2021');
    expect(rows.map((r) => [r.section, r.total, r.byStatus])).toEqual([
      ['water', 1, { met: 0, on_track: 0, off_track: 1, not_yet_due: 0, no_data: 0 }],
      ['energy', 2, { met: 1, on_track: 0, off_track: 1, not_yet_due: 0, no_data: 0 }],
    ]);
    expect([all.total, all.byStatus]).toEqual([3, { met: 1, on_track: 0, off_track: 2, not_yet_due: 0, no_data: 0 }]);
  });

  it('the base data (one target for new plants, figures only for the group) has one target without data', () => {
    const { all } = counts(base, '2022');
    expect(all.byStatus.no_data).toBe(1);
  });
});
