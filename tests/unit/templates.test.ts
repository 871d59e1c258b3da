import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, FILE_SPECS, OPTIONAL_COLUMNS, loadDataset, readCsv, type DataFileName } from '../../src/core';

const ROOT = join(__dirname, '../..');
const template = (f: DataFileName) => new Uint8Array(readFileSync(join(ROOT, 'public/templates', f)));
const published = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));

describe('blank templates in public/templates/', () => {
  it.each(DATA_FILES)('%s: header is the contract (required then optional columns), then one example row', (f) => {
    const bytes = template(f);
    expect([...bytes.subarray(0, 3)], 'UTF-8 BOM, so Excel reads Chinese correctly').toEqual([0xef, 0xbb, 0xbf]);
    const table = readCsv(f, new TextDecoder().decode(bytes));
    expect(table.header).toEqual([...FILE_SPECS[f], ...(OPTIONAL_COLUMNS[f] ?? [])].map((c) => c.name));
    expect(table.records).toHaveLength(1);
  });

  it.each(DATA_FILES)('%s: the example row validates in place of the published file', (f) => {
    // Exactly what the preview does with a dropped file: it replaces its namesake, the others stay published.
    const r = loadDataset({ ...published, [f]: template(f) });
    expect(r.issues.filter((i) => i.file === f)).toEqual([]);
    expect(r.unusableFiles).toEqual([]);
  });
});
