import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core';
import { columnText, diffDatasets, observationKey, rowId } from '../../src/core/diff';
import { base, withFiles } from './fixtures';

const published = loadDataset(base).dataset;
const obsHeader = base['observations.csv'].split('\n')[0];
const load = (over: Parameters<typeof withFiles>[0]) => {
  const r = loadDataset(withFiles(over));
  expect(r.issues).toEqual([]);
  return r.dataset;
};

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    expect(diffDatasets(published, loadDataset(base).dataset)).toEqual({ indicators: [], totals: { added: 0, changed: 0, removed: 0 }, files: [] });
  });

  it('reports added, changed (old -> new) and removed observation values, per indicator', () => {
    const rows = base['observations.csv'].split('\n');
    const edited = [
      obsHeader,
      rows[2].replace(',2902.17,', ',2902.71,'), // energy 2020 changed
      'energy_total,2021,group,2950,reported,csr2020,附录,能源消费总量 2950,,', // added
      rows[3], // reuse_rate kept; energy 2019 removed
      '',
    ].join('\n');
    const d = diffDatasets(published, load({ 'observations.csv': edited }));
    expect(d.totals).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(d.indicators.map((i) => i.indicatorId)).toEqual(['energy_total']);
    const energy = d.indicators[0].observations;
    expect(energy.changed.map((c) => [c.before.valueText, c.after.valueText, c.fields])).toEqual([['2902.17', '2902.71', ['value']]]);
    expect(energy.added.map((o) => [o.period, o.valueText, o.line])).toEqual([['2021', '2950', 3]]);
    expect(energy.removed.map((o) => [o.period, o.valueText, o.line])).toEqual([['2019', '2866.31', 2]]);
  });

  it('keys observations by indicator, period, scope, source and locator: a new locator is an addition', () => {
    const edited = base['observations.csv'] + 'energy_total,2020,group,2902.17,reported,csr2020,正文,能源消费总量 2902.17,,\n';
    const d = diffDatasets(published, load({ 'observations.csv': edited }));
    expect(d.totals).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(observationKey(d.indicators[0].observations.added[0])).toBe(['energy_total', '2020', 'group', 'csr2020', '正文'].join('\u0000'));
  });

  it('counts a change of printed decimals or of the quote, naming the columns', () => {
    const edited = base['observations.csv'].replace('reuse_rate,2020,group,92.92,reported,csr2020,附录,重复用水率 % 96.59 97.09 92.92',
      'reuse_rate,2020,group,92.920,reported,csr2020,附录,重复用水率 % 92.920');
    const [c] = diffDatasets(published, load({ 'observations.csv': edited })).indicators[0].observations.changed;
    expect(c.fields).toEqual(['value', 'quote']);
  });

  it('diffs targets by target_id: added, changed and removed', () => {
    const header = base['targets.csv'].split('\n')[0];
    const edited = `${header}\n` +
      'alumina_new_2021,alumina_energy_intensity,new_alumina,2021,<=,0.275,tce/t,industry_advanced,csr2020,目标,0.275,,\n' +
      'alumina_new_2025,alumina_energy_intensity,new_alumina,2025,<=,0.27,tce/t,plan,csr2020,目标,0.27,,\n';
    const d = diffDatasets(published, load({ 'targets.csv': edited }));
    const t = d.indicators.find((i) => i.indicatorId === 'alumina_energy_intensity')!.targets;
    expect(t.changed.map((c) => [c.before.valueText, c.after.valueText, c.fields])).toEqual([['0.278', '0.275', ['value', 'quote']]]);
    expect(t.added.map((x) => x.targetId)).toEqual(['alumina_new_2025']);
    const none = diffDatasets(published, load({ 'targets.csv': `${header}\n` }));
    expect(none.indicators[0].targets.removed.map((x) => x.targetId)).toEqual(['alumina_new_2021']);
    expect(none.totals).toEqual({ added: 0, changed: 0, removed: 1 });
  });

  it('lists indicators in the order of the new indicators file and keeps rows of vanished indicators', () => {
    const d = diffDatasets(published, { ...published, observations: [], indicators: [] });
    expect(d.indicators.map((i) => i.indicatorId)).toEqual(['energy_total', 'reuse_rate']);
    expect(d.totals.removed).toBe(3);
  });

  it('keeps the first row of a repeated key, as loadDataset does', () => {
    const [o] = published.observations;
    const d = diffDatasets({ ...published, observations: [o, { ...o, valueText: '1' }] }, { ...published, observations: [o] });
    expect(d.totals).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it('lists changed names of scopes, indicators, sources and notes by id and column, before and after', () => {
    const d = diffDatasets(published, load({
      // A GBK save: "−" cannot be stored and became "?"; and an HTML payload, which is only text to the diff.
      'scopes.csv': base['scopes.csv'].replace('group,集团,Group', 'group,<b>集团</b>,Gr?up'),
      'indicators.csv': base['indicators.csv'].replace('Water reuse rate,water,%', 'Water re-use rate,water,%'),
      'sources.csv': base['sources.csv'].replace(',Report,', ',Annual report,'),
      'notes.csv': base['notes.csv'].replace('Body and appendix.', 'Body ? appendix.'),
    }));
    expect(d.indicators).toEqual([]);
    expect(d.totals).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(d.files.map((f) => f.file)).toEqual(['sources.csv', 'scopes.csv', 'indicators.csv', 'notes.csv']);
    const changes = d.files.flatMap((f) => f.rows.changed.flatMap((c) => c.fields.map((col) =>
      [f.file, rowId(f.file, c.after), col, columnText(f.file, c.before, col), columnText(f.file, c.after, col)])));
    expect(changes).toEqual([
      ['sources.csv', 'csr2020', 'title_en', 'Report', 'Annual report'],
      ['scopes.csv', 'group', 'name_zh', '集团', '<b>集团</b>'],
      ['scopes.csv', 'group', 'name_en', 'Group', 'Gr?up'],
      ['indicators.csv', 'reuse_rate', 'name_en', 'Water reuse rate', 'Water re-use rate'],
      ['notes.csv', 'energy_twice', 'text_en', 'Body and appendix.', 'Body ? appendix.'],
    ]);
  });

  it('lists scopes added and removed by scope_id, and nothing for an unchanged file', () => {
    const scopes = base['scopes.csv'].replace(/^new_alumina.*\n/m, '') + 'smelters,冶炼企业,smelters\n';
    const targets = base['targets.csv'].split('\n')[0] + '\n'; // the only target cites the removed scope
    const d = diffDatasets(published, load({ 'scopes.csv': scopes, 'targets.csv': targets }));
    expect(d.files.map((f) => f.file)).toEqual(['scopes.csv']);
    const { rows } = d.files[0];
    expect(rows.added.map((r) => [rowId('scopes.csv', r), r.line])).toEqual([['smelters', 3]]);
    expect(rows.removed.map((r) => [rowId('scopes.csv', r), r.line])).toEqual([['new_alumina', 3]]);
    expect(rows.changed).toEqual([]);
  });

  it('compares every column of an indicator, a unit or the decimals as much as a name', () => {
    const d = diffDatasets(published, load({
      'indicators.csv': base['indicators.csv'].replace('energy,10^4 tce,lower_better,302-1,2', 'energy,10^4 tce,lower_better,302-1,3'),
    }));
    const [c] = d.files[0].rows.changed;
    expect(c.fields).toEqual(['decimals']);
    expect([columnText('indicators.csv', c.before, 'decimals'), columnText('indicators.csv', c.after, 'decimals')]).toEqual(['2', '3']);
  });

  it('gives the text of observation and target columns as compared, and nothing for a column it does not compare', () => {
    const [o] = published.observations;
    expect(columnText('observations.csv', o, 'value')).toBe('2866.31');
    expect(columnText('observations.csv', o, 'quote')).toBe(o.quote);
    expect(columnText('targets.csv', published.targets[0], 'comparator')).toBe('<=');
    expect(columnText('observations.csv', o, 'no_such_column')).toBe('');
    expect(columnText('notes.csv', published.notes[0], 'indicator_ids')).toBe('energy_total reuse_rate');
  });
});
