import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, MESSAGES, parseNumber, readCsv } from '../../src/core';
import { base } from './fixtures';

const lineCount = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;

// Cells built from the characters that break CSV readers: quotes, commas, line breaks, BOMs, full-width digits.
const nasty = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', '\r\n', ' ', '%', '.', '-', '１', '\uFEFF', '\u0007', '<', '中', ';', '\t') });

describe('property: the reader never throws and every issue points at a real place', () => {
  it('readCsv on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), nasty), (text) => {
      const t = readCsv('t.csv', text);
      const lines = lineCount(text);
      for (const i of t.issues) {
        expect(i.line).toBeGreaterThanOrEqual(1);
        expect(i.line).toBeLessThanOrEqual(lines);
        expect(i.column).toBeGreaterThanOrEqual(1);
        expect(MESSAGES.en[i.code]).toBeTypeOf('string');
      }
      for (const r of t.records) expect(r.line).toBeLessThanOrEqual(lines);
    }), { numRuns: 500 });
  });

  it('loadDataset with one file replaced by arbitrary bytes or CSV-like text', () => {
    const csvLike = fc.array(fc.array(nasty, { maxLength: 12 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(fc.property(fc.constantFrom(...DATA_FILES), fc.oneof(fc.uint8Array({ maxLength: 300 }), csvLike), (file, content) => {
      const r = loadDataset({ ...base, [file]: content });
      for (const i of r.issues) {
        expect(i.line).toBeGreaterThanOrEqual(1);
        if (typeof content === 'string' && i.file === file) expect(i.line).toBeLessThanOrEqual(lineCount(content));
        expect(MESSAGES.zh[i.code]).toBeTypeOf('string');
      }
      // The other files' valid rows survive whatever happens to this one.
      if (file !== 'targets.csv' && file !== 'indicators.csv' && file !== 'scopes.csv' && file !== 'sources.csv') {
        expect(r.dataset.targets).toHaveLength(1);
      }
    }), { numRuns: 300 });
  });

  it('parseNumber round-trips every printed decimal it accepts', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, frac) => {
      const text = `${int}.${String(frac).padStart(2, '0')}`;
      const grouped = `${int < 0 ? '-' : ''}${Math.abs(int).toLocaleString('en-US')}.${String(frac).padStart(2, '0')}`;
      const a = parseNumber(text);
      const b = parseNumber(grouped);
      expect(a.ok && b.ok && a.value === b.value && a.text === b.text).toBe(true);
    }));
  });
});
