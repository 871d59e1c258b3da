import { describe, expect, it } from 'vitest';
import { CONTEXT, changeRuns, clipRun, codePointHint } from '../../src/features/preview/textDiff';

const show = (runs: readonly { text: string; changed: boolean }[]) => runs.map((r) => (r.changed ? `[${r.text}]` : r.text)).join('');

describe('changeRuns', () => {
  it('marks each character an encoding replaced, keeping the text between them common', () => {
    const r = changeRuns('(1 − 34.23%) ÷ (1 − 66.49%) − 1', '(1 ? 34.23%) ÷ (1 ? 66.49%) ? 1');
    expect(show(r.before)).toBe('(1 [−] 34.23%) ÷ (1 [−] 66.49%) [−] 1');
    expect(show(r.after)).toBe('(1 [?] 34.23%) ÷ (1 [?] 66.49%) [?] 1');
    expect(r.pairs).toEqual([['−', '?'], ['−', '?'], ['−', '?']]);
  });

  it('makes one change of middles of different lengths, and keeps the common start and end apart', () => {
    const r = changeRuns('Group', 'Groups');
    expect(r.before).toEqual([{ text: 'Group', changed: false }]);
    expect(show(r.after)).toBe('Group[s]');
    const inserted = changeRuns('ab', 'a--b');
    expect(inserted.before).toEqual([{ text: 'a', changed: false }, { text: 'b', changed: false }]);
    expect(inserted.pairs).toEqual([['', '--']]);
  });

  it('never cuts a character outside the basic plane in half', () => {
    // "𠀀" and "𠀁" share their first UTF-16 unit; a split between units would show two broken halves.
    expect(show(changeRuns('a𠀀b', 'a𠀁b').after)).toBe('a[𠀁]b');
  });

  it('does not count a repeated character twice when one text holds the other', () => {
    expect(changeRuns('aa', 'aaa').pairs).toEqual([['', 'a']]);
  });
});

describe('clipRun', () => {
  const long = 'x'.repeat(CONTEXT) + 'y'.repeat(CONTEXT) + 'z'.repeat(CONTEXT);
  it('keeps the end of a first run, the start of a last one, and both ends of one between two differences', () => {
    expect(clipRun(long, { first: true, last: false })).toEqual({ start: '', end: 'z'.repeat(CONTEXT), cut: true });
    expect(clipRun(long, { first: false, last: true })).toEqual({ start: 'x'.repeat(CONTEXT), end: '', cut: true });
    expect(clipRun(long, { first: false, last: false })).toEqual({ start: 'x'.repeat(CONTEXT), end: 'z'.repeat(CONTEXT), cut: true });
  });

  it('keeps a short run, and the whole of a side that is one run', () => {
    expect(clipRun('short', { first: true, last: false })).toEqual({ start: 'short', end: '', cut: false });
    expect(clipRun(long, { first: true, last: true })).toEqual({ start: long, end: '', cut: false });
  });
});

describe('codePointHint', () => {
  it('names each distinct pair of signs or spaces once', () => {
    expect(codePointHint([['−', '?'], ['−', '?']], 'nothing')).toBe('U+2212 → U+003F');
    expect(codePointHint([['\u00a0', '']], 'nothing')).toBe('U+00A0 → nothing');
    expect(codePointHint([['−', '?'], ['₂', '?']], 'nothing')).toBe('U+2212 → U+003F, U+2082 → U+003F');
  });

  it('says nothing of differences in letters or digits, long ones, or more than three kinds', () => {
    expect(codePointHint([['17', '71']], '')).toBeNull();
    expect(codePointHint([['', 's']], '')).toBeNull();
    expect(codePointHint([['a whole new name', 'and more']], '')).toBeNull();
    expect(codePointHint([['−', '?'], ['₂', '?'], ['³', '?'], ['–', '?']], '')).toBeNull();
  });
});
