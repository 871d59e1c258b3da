import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, readCsv } from '../../src/core';
import { cleanDataFile, cleanTable, csvField, serializeDatasetFile, toCsv, UTF8_BOM } from '../../src/core/serialize';
import { base } from './fixtures';

const units = (id: string) => ({ energy_total: '10^4 tce', reuse_rate: '%' } as Record<string, string>)[id];

describe('csvField and toCsv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['1,308,559', '"1,308,559"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j -> %j', (raw, quoted) => expect(csvField(raw)).toBe(quoted));

  it('writes LF line endings everywhere, a final newline and an optional BOM', () => {
    expect(toCsv([['a', 'b'], ['x\r\ny', '1']], { bom: true })).toBe(`${UTF8_BOM}a,b\n"x\ny",1\n`);
    expect(toCsv([['a']])).toBe('a\n');
  });

  it('round-trips any table through readCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', ' ', '1'), maxLength: 8 }).map((s) => s.trim());
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
      const header = ['h1', 'h2', 'h3'];
      const body = rows.filter((r) => r.some((c) => c !== ''));
      const t = readCsv('t.csv', toCsv([header, ...body]));
      expect(t.issues).toEqual([]);
      expect(t.records.map((r) => r.fields)).toEqual(body);
    }));
  });
});

describe('cleanDataFile', () => {
  const header = base['observations.csv'].split('\n')[0];

  it('normalises numbers, digits and line endings, keeps every row in order, adds a BOM', () => {
    const text = `${header}\r\n` +
      'energy_total,２０２０,group,"2,902.17",reported,csr2020,附录,"能源消费总量 2,902.17",,\r\n' +
      'reuse_rate,2020-h1,group,92.92%,reported,csr2020,附录,重复用水率 92.92,,\r\n' +
      'energy_total,2019,group,n/a,reported,csr2020,附录,x,,\r\n';
    const c = cleanDataFile('observations.csv', text, units);
    expect(c).toMatchObject({ ok: true, rows: 3, changedCells: 4 });
    if (!c.ok) return;
    expect(c.csv.startsWith(UTF8_BOM)).toBe(true);
    expect(c.csv).not.toContain('\r');
    expect(c.csv.slice(1).split('\n')).toEqual([
      header,
      'energy_total,2020,group,2902.17,reported,csr2020,附录,"能源消费总量 2,902.17",,',
      'reuse_rate,2020-H1,group,92.92,reported,csr2020,附录,重复用水率 92.92,,',
      'energy_total,2019,group,n/a,reported,csr2020,附录,x,,', // a bad cell stays for the user to fix
      '',
    ]);
  });

  it('keeps a % sign where the unit is not %, so the validator still reports it', () => {
    const text = `${header}\nenergy_total,2020,group,2902.17%,reported,csr2020,附录,x,,\n`;
    const c = cleanDataFile('observations.csv', text, units);
    expect(c.ok && c.csv).toContain(',2902.17%,');
    expect(c).toMatchObject({ changedCells: 0 });
  });

  it('normalises int columns and keeps extra columns untouched', () => {
    const text = 'indicator_id,name_zh,name_en,category,unit,direction,gri,decimals,extra\n' +
      'energy_total,能源,Energy,energy,10^4 tce,lower_better,302-1,２,"1,000"\n';
    const c = cleanDataFile('indicators.csv', text);
    expect(c.ok && c.csv.split('\n')[1]).toBe('energy_total,能源,Energy,energy,10^4 tce,lower_better,302-1,2,"1,000"');
  });

  it('offers no cleaned copy when rows would be lost or the file is unreadable', () => {
    expect(cleanDataFile('observations.csv', `${header}\n1,2\n`)).toEqual({ ok: false, reason: 'rows_dropped' });
    expect(cleanDataFile('observations.csv', 'a;b\n1;2\n')).toEqual({ ok: false, reason: 'unusable' });
    expect(cleanDataFile('observations.csv', '')).toEqual({ ok: false, reason: 'unusable' });
  });

  it('cleans a table already read by readCsv exactly as it cleans the text', () => {
    const text = base['observations.csv'].replace('2866.31', '"2,866.31"').replace('92.92', '92.92%').replaceAll('\n', '\r\n');
    for (const t of [text, `${text}energy_total,2021\r\n`, 'a;b\n1;2\n']) {
      expect(cleanTable('observations.csv', readCsv('observations.csv', t), units)).toEqual(cleanDataFile('observations.csv', t, units));
    }
  });

  it('cleans a clean file to the same rows, which validate exactly as before', () => {
    for (const f of DATA_FILES) {
      const c = cleanDataFile(f, base[f]);
      expect(c.ok && c.csv.slice(1)).toBe(base[f]);
    }
  });
});

describe('serializeDatasetFile', () => {
  it('rebuilds every file from validated records, which load to the same dataset', () => {
    const original = loadDataset(base).dataset;
    const files = Object.fromEntries(DATA_FILES.map((f) => [f, serializeDatasetFile(f, original).text]));
    const again = loadDataset(files);
    expect(again.issues).toEqual([]);
    // Same records apart from line numbers (the rebuilt text has no skipped or multi-line rows).
    const strip = (rows: readonly object[]) => rows.map((r) => ({ ...r, line: 0 }));
    for (const k of Object.keys(original) as (keyof typeof original)[]) expect(strip(again.dataset[k])).toEqual(strip(original[k]));
  });

  it('maps each rebuilt record back to its original line, across quoted line breaks', () => {
    const obs = `${base['observations.csv'].split('\n')[0]}\n` +
      'energy_total,2019,group,2866.31,reported,csr2020,附录,"two\nlines",,\n\n' +
      'energy_total,2020,group,2902.17,reported,csr2020,附录,x,,\n';
    const ds = loadDataset({ ...base, 'observations.csv': obs }).dataset;
    expect(ds.observations.map((o) => o.line)).toEqual([2, 5]);
    const s = serializeDatasetFile('observations.csv', ds);
    expect([...s.originalLine]).toEqual([[2, 2], [4, 5]]);
    expect(readCsv('observations.csv', s.text).records.map((r) => r.line)).toEqual([2, 4]);
  });
});
