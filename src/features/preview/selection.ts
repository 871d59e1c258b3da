/**
 * The files of the current check. Drops add up: the CSR team fix one file, then drop the next, and expect both to be
 * checked together; a later file for the same data file takes the place of the earlier one.
 */
import { dataFileFor } from './pipeline';

/** One file of the check; `key` tells two files of the same name apart in lists. */
export interface Entry<F extends { readonly name: string }> {
  readonly key: number;
  readonly file: F;
}

/** A file that took the place of an earlier one of the check. */
export interface Replacement {
  readonly name: string;
  readonly previous: string;
}

/** The data file a name stands for; a name that is none stands for itself, so a second "book.xlsx" replaces the first. */
const slot = (name: string) => dataFileFor(name) ?? `other:${name.trim().toLowerCase()}`;

/**
 * Adds the files of one drop to a check. Earlier files for the same data file (or, for other names, of the same name)
 * are dropped and reported as replaced; the new files go at the end, keys from `nextKey` up. Two files of one drop
 * for the same data file are both kept, so the check can say which one it read and which it did not.
 */
export function addFiles<F extends { readonly name: string }>(
  current: readonly Entry<F>[], incoming: readonly F[], nextKey: number,
): { entries: Entry<F>[]; replaced: Replacement[] } {
  const bySlot = new Map<string, string>();
  for (const f of incoming) if (!bySlot.has(slot(f.name))) bySlot.set(slot(f.name), f.name);
  const replaced: Replacement[] = [];
  const kept = current.filter((e) => {
    const name = bySlot.get(slot(e.file.name));
    if (name === undefined) return true;
    replaced.push({ name, previous: e.file.name });
    return false;
  });
  return { entries: [...kept, ...incoming.map((file, i) => ({ key: nextKey + i, file }))], replaced };
}
