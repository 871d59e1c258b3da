import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Issue } from '../../src/core';
import { rowId } from '../../src/core/diff';
import { DIFF_ROWS_PER_INDICATOR } from '../../src/features/preview/diffPreview';
import { MAX_LISTED_ISSUES, dataFileFor, runPreview, type PreviewFile, type PreviewProgress } from '../../src/features/preview/pipeline';
import { base } from './fixtures';

const published = loadDataset(base).dataset;
const file = (name: string, content: string | Uint8Array): PreviewFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
};
const where = (issues: readonly Issue[]) => issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}`);

describe('dataFileFor', () => {
  it.each([
    ['observations.csv', 'observations.csv'],
    ['Observations.CSV', 'observations.csv'],
    ['observations (1).csv', 'observations.csv'],
    ['targets(2).csv', 'targets.csv'],
    ['observations-2021.csv', null],
    ['book.xlsx', null],
  ])('%s -> %s', (name, expected) => expect(dataFileFor(name)).toBe(expected));
});

describe('runPreview', () => {
  it('validates a dropped file with the published files around it, and reports progress in order', async () => {
    const progress: PreviewProgress[] = [];
    const edited = base['observations.csv'].replace('2019,group,2866.31', '2019,group,n/a');
    const r = await runPreview({ files: [file('observations.csv', edited)], published }, (p) => progress.push(p));
    expect(where(r.issues)).toEqual(['observations.csv:2:4:number_not_a_number']);
    expect(r.issues[0].params).toMatchObject({ value: 'n/a', column: 'value' });
    expect(progress.map((p) => p.stage)).toEqual(['reading', 'validating', 'comparing', 'comparing']);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(r.diff.totals).toEqual({ added: 0, changed: 0, removed: 1 });
    expect(r.dataset.observations).toHaveLength(2);
  });

  it('points cross-file issues in a published file at its own lines', async () => {
    // Dropping an indicators file without energy_total breaks published rows at observations.csv lines 2 and 3.
    const indicators = base['indicators.csv'].split('\n').filter((l) => !l.startsWith('energy_total')).join('\n');
    const r = await runPreview({ files: [file('indicators.csv', indicators)], published });
    expect(where(r.issues)).toEqual([
      'notes.csv:2:3:unknown_indicator', 'observations.csv:2:1:unknown_indicator', 'observations.csv:3:1:unknown_indicator',
    ]);
    expect(r.dataset.observations.map((o) => [o.indicatorId, o.line])).toEqual([['reuse_rate', 4]]);
  });

  it('keeps published line numbers even when the published files skipped broken rows', async () => {
    const withBadRow = loadDataset({ ...base, 'observations.csv': base['observations.csv'].replace('2019,group,2866.31', '2019,group,x') });
    expect(withBadRow.dataset.observations.map((o) => o.line)).toEqual([3, 4]);
    const targets = base['targets.csv'];
    const r = await runPreview({ files: [file('targets.csv', targets)], published: withBadRow.dataset });
    expect(r.issues).toEqual([]);
    expect(r.dataset.observations.map((o) => o.line)).toEqual([3, 4]);
  });

  it('matches renamed downloads, refuses unknown names and the second copy of a file', async () => {
    const r = await runPreview({
      files: [file('scopes (1).csv', base['scopes.csv']), file('data.csv', 'a,b\n'), file('scopes.csv', base['scopes.csv'])],
      published,
    });
    expect(r.files.map((f) => [f.name, f.target, f.clean])).toEqual([
      ['scopes (1).csv', 'scopes.csv', 'ready'], ['data.csv', null, 'refused'], ['scopes.csv', null, 'refused'],
    ]);
    expect(r.notices.map((n) => n.key)).toEqual(['unknownFile', 'duplicateFile']);
    expect(r.notices[1].params).toEqual({ file: 'scopes.csv', first: 'scopes (1).csv', target: 'scopes.csv' });
  });

  it('offers a cleaned UTF-8 copy of a GB18030 file from Chinese Excel (CRLF, grouped and full-width numbers, %)', async () => {
    const gbk = new Uint8Array(readFileSync(new URL('../fixtures/excel/observations-gbk.csv', import.meta.url)));
    const indicators = `${base['indicators.csv']}safety_training,安全生产培训,Safety training,safety_health,person-times,higher_better,404-1,0\n`;
    const withTraining = loadDataset({ ...base, 'indicators.csv': indicators }).dataset;
    const r = await runPreview({ files: [file('observations.csv', gbk)], published: withTraining });
    expect(where(r.issues)).toEqual(['observations.csv:1:1:encoding_gb18030']);
    const f = r.files[0];
    expect(f.changedCells).toBe(3); // "1,308,559", "２９０２．１７", "92.92%"
    const bytes = new Uint8Array(await f.cleaned!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text).not.toContain('\r');
    const lines = text.split('\n');
    expect(lines.map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      'indicator_id,period,scope_id,value', 'safety_training,2020,group,1308559', 'energy_total,2020,group,2902.17',
      'reuse_rate,2020,group,92.92', '',
    ]);
    expect(lines[2]).toContain('附录');
    // The cleaned copy validates to the same rows without the warning.
    const again = await runPreview({ files: [file('observations.csv', bytes)], published: withTraining });
    expect(again.issues).toEqual([]);
    expect(again.dataset.observations.map((o) => o.valueText)).toEqual(r.dataset.observations.map((o) => o.valueText));
  });

  it('withholds the cleaned copy when structural errors dropped rows', async () => {
    const r = await runPreview({ files: [file('observations.csv', `${base['observations.csv']}energy_total,2021\n`)], published });
    expect(where(r.issues)).toEqual(['observations.csv:5:3:wrong_field_count']);
    expect(r.files[0]).toMatchObject({ cleaned: null, clean: 'rows_dropped' });
  });

  it('sends at most MAX_LISTED_ISSUES issues, with the full count', async () => {
    const rows = Array.from({ length: MAX_LISTED_ISSUES + 10 }, (_, i) => `energy_total,2020,group,x,reported,csr2020,L${i},q,,`);
    const r = await runPreview({ files: [file('observations.csv', `${base['observations.csv']}${rows.join('\n')}\n`)], published });
    expect(r.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(r.issueCount).toBe(MAX_LISTED_ISSUES + 10);
    expect(r.issues[0]).toMatchObject({ line: 5, column: 4, code: 'number_not_a_number' });
  });

  it('counts the issues of a file with an error on each of 130,000 rows (more than a call takes arguments)', async () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => `energy_total,2020,group,1,reported,csr2020,L${i},q,,,extra`);
    const r = await runPreview({ files: [file('observations.csv', `${base['observations.csv']}${rows.join('\n')}\n`)], published });
    expect(r.issueCount).toBe(130_000);
    expect(r.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(r.files[0].clean).toBe('rows_dropped');
  });

  it('lists the first rows of a big diff with the full counts', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `energy_total,2020,group,${i},reported,csr2020,L${i},q,,`);
    const r = await runPreview({ files: [file('observations.csv', `${base['observations.csv']}${rows.join('\n')}\n`)], published });
    const [energy] = r.diff.indicators;
    expect(energy.observations.counts).toEqual({ added: 250, changed: 0, removed: 0 });
    expect(energy.observations.added).toHaveLength(DIFF_ROWS_PER_INDICATOR);
    expect(r.diff.totals.added).toBe(250);
  });

  it('lists changed names of a dropped file, and none for the published files it checks around it', async () => {
    const same = await runPreview({ files: [file('observations.csv', base['observations.csv'])], published });
    expect(same.diff.files).toEqual([]);
    const indicators = base['indicators.csv'].replace('Total energy consumption', 'Total energy consumption ? all sites');
    const r = await runPreview({ files: [file('indicators.csv', indicators)], published });
    expect(r.diff.indicators).toEqual([]);
    expect(r.diff.files.map((f) => [f.file, f.rows.changed.map((c) => [rowId(f.file, c.after), c.fields])])).toEqual([
      ['indicators.csv', [['energy_total', ['name_en']]]],
    ]);
  });

  it('lists at most DIFF_ROWS_PER_INDICATOR changed rows of a file, with the full count', async () => {
    const extra = Array.from({ length: 150 }, (_, i) => `s${i},范围${i},Scope ${i}`);
    const before = loadDataset({ ...base, 'scopes.csv': `${base['scopes.csv']}${extra.join('\n')}\n` }).dataset;
    const garbled = `${base['scopes.csv']}${extra.map((l) => `${l}?`).join('\n')}\n`;
    const r = await runPreview({ files: [file('scopes.csv', garbled)], published: before });
    const [scopes] = r.diff.files;
    expect(scopes.rows.counts).toEqual({ added: 0, changed: 150, removed: 0 });
    expect(scopes.rows.changed).toHaveLength(DIFF_ROWS_PER_INDICATOR);
  });

  it('checks files on their own when the published data could not be loaded', async () => {
    const r = await runPreview({ files: [file('scopes.csv', base['scopes.csv'])], published: null });
    expect(r.issues).toEqual([]);
    expect(r.notices.map((n) => n.key)).toEqual(['publishedMissing']);
    expect(r.dataset.scopes).toHaveLength(2);
  });
});
