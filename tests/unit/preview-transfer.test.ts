import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/core';
import { runPreview, type PreviewFile } from '../../src/features/preview/pipeline';
import { StringTable, diffFromRefs, diffToRefs, packRows, unpackRows, type PackedRows } from '../../src/features/preview/transfer';
import { base } from './fixtures';

const published = loadDataset(base).dataset;
const file = (name: string, text: string): PreviewFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
};

/** Packs rows in chunks of `size` through one string table and rebuilds them, as the worker and the page do. */
function roundTrip(rows: readonly object[], size: number): { rows: unknown[]; chunks: PackedRows[] } {
  const table = new StringTable();
  const chunks: PackedRows[] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(packRows(rows.slice(i, i + size), table).packed);
  const strings: string[] = [];
  const out: unknown[] = [];
  for (const c of chunks) unpackRows(c, strings, out);
  return { rows: out, chunks };
}

describe('packRows and unpackRows', () => {
  it('rebuild every kind of row of a dataset exactly, keys in the same order', () => {
    for (const key of Object.keys(published) as (keyof Dataset)[]) {
      const rows = published[key];
      const back = roundTrip(rows, 2).rows;
      expect(back, key).toEqual(rows);
      expect(back.map((r) => Object.keys(r as object)), key).toEqual(rows.map((r) => Object.keys(r)));
    }
  });

  it('sends text as indexes, each distinct string once across chunks, numbers as Float64Array', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: `row${i % 2}`, quote: 'same quote', n: i / 3 }));
    const { rows: back, chunks } = roundTrip(rows, 3);
    expect(back).toEqual(rows);
    expect(chunks.map((c) => c.strings)).toEqual([['row0', 'row1', 'same quote'], [], []]);
    expect(chunks[0].columns.map((c) => c.kind)).toEqual(['text', 'text', 'number']);
    const n = chunks[0].columns[2];
    expect(n.kind === 'number' && n.values).toBeInstanceOf(Float64Array);
  });

  it('keeps numbers exact (negative zero, long fractions, large integers)', () => {
    const rows = [-0, 0.1 + 0.2, 9007199254740991, -1e-7].map((value) => ({ value }));
    const back = roundTrip(rows, 10).rows as { value: number }[];
    expect(back.map((r) => r.value)).toEqual(rows.map((r) => r.value));
    expect(Object.is(back[0].value, -0)).toBe(true);
  });

  it('sends other and mixed columns as they are', () => {
    const rows = [
      { ids: ['a', 'b'], mixed: 'text', maybe: 1 },
      { ids: [], mixed: 2, maybe: undefined },
      { ids: ['c'], mixed: 'text', maybe: 3 },
    ];
    const { rows: back, chunks } = roundTrip(rows, 10);
    expect(back).toEqual(rows);
    expect(chunks[0].columns.map((c) => c.kind)).toEqual(['other', 'other', 'other']);
  });

  it('packs nothing from no rows', () => {
    expect(roundTrip([], 10).rows).toEqual([]);
    const out: unknown[] = [];
    unpackRows(packRows([], new StringTable()).packed, [], out);
    expect(out).toEqual([]);
  });

  it('hands over the typed arrays it made, for postMessage to transfer', () => {
    const { packed, transfer } = packRows([{ a: 'x', b: 1, c: [1] }], new StringTable());
    const buffers = packed.columns.flatMap((c) => (c.kind === 'text' ? [c.ids.buffer] : c.kind === 'number' ? [c.values.buffer] : []));
    expect(transfer).toEqual(buffers);
    expect(transfer).toHaveLength(2);
  });
});

describe('diffToRefs and diffFromRefs', () => {
  it('replace listed rows by positions and put the very same rows back', async () => {
    const edited = base['observations.csv'].replace('2019,group,2866.31', '2019,group,2866.32').replace(/^reuse_rate.*\n/m, '')
      + 'energy_total,2021,group,1,reported,csr2020,附录,q,,\n';
    const r = await runPreview({ files: [file('observations.csv', edited)], published });
    expect(r.diff.totals).toEqual({ added: 1, changed: 1, removed: 1 });
    const refs = diffToRefs(r.diff, published, r.dataset);
    // Positions only: nothing of the rows themselves crosses to the page twice.
    expect(JSON.stringify(refs)).not.toContain('附录');
    const back = diffFromRefs(structuredClone(refs), published, r.dataset);
    expect(back).toEqual(r.diff);
    const energy = back.indicators.find((d) => d.indicatorId === 'energy_total')!;
    expect(energy.observations.added[0]).toBe(r.dataset.observations.find((o) => o.period === '2021'));
    expect(energy.observations.changed[0].before).toBe(published.observations.find((o) => o.period === '2019'));
  });

  it('send the changed rows of names, sources and notes as positions too', async () => {
    const scopes = base['scopes.csv'].replace('group,集团,Group', 'group,集团,Gr?up') + 'smelters,冶炼企业,smelters\n';
    const r = await runPreview({ files: [file('scopes.csv', scopes)], published });
    expect(r.diff.files.map((f) => [f.file, f.rows.counts])).toEqual([['scopes.csv', { added: 1, changed: 1, removed: 0 }]]);
    const refs = diffToRefs(r.diff, published, r.dataset);
    expect(JSON.stringify(refs)).not.toContain('Gr?up');
    const back = diffFromRefs(structuredClone(refs), published, r.dataset);
    expect(back).toEqual(r.diff);
    expect(back.files[0].rows.changed[0].before).toBe(published.scopes[0]);
    expect(back.files[0].rows.added[0]).toBe(r.dataset.scopes[2]);
  });

  it('refuses a listed row that belongs to neither dataset', () => {
    const stray = { ...published.observations[0] };
    const diff = {
      totals: { added: 1, changed: 0, removed: 0 },
      indicators: [{
        indicatorId: stray.indicatorId,
        observations: { added: [stray], changed: [], removed: [], counts: { added: 1, changed: 0, removed: 0 } },
        targets: { added: [], changed: [], removed: [], counts: { added: 0, changed: 0, removed: 0 } },
      }],
      files: [],
    };
    expect(() => diffToRefs(diff, published, published)).toThrow(/not a row/);
  });
});
