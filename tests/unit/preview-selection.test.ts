import { describe, expect, it } from 'vitest';
import { addFiles, type Entry } from '../../src/features/preview/selection';

const f = (name: string) => ({ name });
const names = (entries: readonly Entry<{ name: string }>[]) => entries.map((e) => `${e.key}:${e.file.name}`);

describe('addFiles', () => {
  it('adds the files of a later drop to those of the earlier ones', () => {
    const first = addFiles([], [f('observations.csv')], 1);
    const second = addFiles(first.entries, [f('targets.csv')], 2);
    expect(names(second.entries)).toEqual(['1:observations.csv', '2:targets.csv']);
    expect(second.replaced).toEqual([]);
  });

  it('replaces an earlier file for the same data file, however the browser renamed it, and says so', () => {
    const before = addFiles([], [f('observations.csv'), f('scopes.csv')], 1).entries;
    const r = addFiles(before, [f('Observations (1).CSV')], 3);
    expect(names(r.entries)).toEqual(['2:scopes.csv', '3:Observations (1).CSV']);
    expect(r.replaced).toEqual([{ name: 'Observations (1).CSV', previous: 'observations.csv' }]);
  });

  it('keeps a file that is not a data file beside the others, and replaces it by one of the same name', () => {
    const before = addFiles([], [f('observations.csv')], 1).entries;
    const bad = addFiles(before, [f('book.xlsx')], 2);
    expect(names(bad.entries)).toEqual(['1:observations.csv', '2:book.xlsx']);
    const again = addFiles(bad.entries, [f('Book.xlsx')], 3);
    expect(names(again.entries)).toEqual(['1:observations.csv', '3:Book.xlsx']);
    expect(again.replaced).toEqual([{ name: 'Book.xlsx', previous: 'book.xlsx' }]);
  });

  it('keeps two files of one drop for the same data file, so the check can name the one it did not read', () => {
    const before = addFiles([], [f('scopes.csv')], 1).entries;
    const r = addFiles(before, [f('scopes (1).csv'), f('scopes (2).csv')], 2);
    expect(names(r.entries)).toEqual(['2:scopes (1).csv', '3:scopes (2).csv']);
    expect(r.replaced).toEqual([{ name: 'scopes (1).csv', previous: 'scopes.csv' }]);
  });
});
