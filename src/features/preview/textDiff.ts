/**
 * Where two versions of a cell differ, so the page can mark it. A save in the wrong encoding turns each "−" of a
 * 300-character note into "?"; shown whole, before and after look the same to a reader.
 */

/** A stretch of one side of a change: text both sides share, or text that differs. */
export interface Run {
  readonly text: string;
  readonly changed: boolean;
}

/** Both sides of a change as runs, and each differing stretch as a (before, after) pair, in order. */
export interface ChangeRuns {
  readonly before: readonly Run[];
  readonly after: readonly Run[];
  readonly pairs: readonly (readonly [before: string, after: string])[];
}

/**
 * Splits two texts into runs, by code point (never half a character): the common start and end, and between them
 * the differing middle. When the middles are as long as each other, as when an encoding replaced characters one for
 * one, each differing stretch is its own run and the text between them is common; otherwise the middle is one change.
 */
export function changeRuns(before: string, after: string): ChangeRuns {
  const a = Array.from(before);
  const b = Array.from(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const out = { before: [] as Run[], after: [] as Run[], pairs: [] as (readonly [string, string])[] };
  // The common start and end stay two runs on the side where nothing lies between them, so each is cut on its own.
  const push = (runs: Run[], text: string, changed: boolean) => { if (text !== '') runs.push({ text, changed }); };
  const common = (text: string) => { push(out.before, text, false); push(out.after, text, false); };
  common(a.slice(0, start).join(''));
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  if (midA.length === midB.length) {
    let i = 0;
    while (i < midA.length) {
      let j = i;
      const same = midA[i] === midB[i];
      while (j < midA.length && (midA[j] === midB[j]) === same) j++;
      if (same) common(midA.slice(i, j).join(''));
      else {
        push(out.before, midA.slice(i, j).join(''), true);
        push(out.after, midB.slice(i, j).join(''), true);
        out.pairs.push([midA.slice(i, j).join(''), midB.slice(i, j).join('')]);
      }
      i = j;
    }
  } else {
    push(out.before, midA.join(''), true);
    push(out.after, midB.join(''), true);
    out.pairs.push([midA.join(''), midB.join('')]);
  }
  common(a.slice(a.length - end).join(''));
  return out;
}

/** Characters of common text kept on each side of a difference; the rest of a long cell is cut to "…". */
export const CONTEXT = 40;

/** What of a common run is shown: `start` + "…" + `end`, or all of it in `start` when `cut` is false. */
export interface Clipped {
  readonly start: string;
  readonly end: string;
  readonly cut: boolean;
}

/**
 * A common run cut to the text next to the differences: the first run keeps its last `CONTEXT` characters, the last
 * run its first `CONTEXT`, a run between two differences `CONTEXT` at each end.
 */
export function clipRun(text: string, position: { readonly first: boolean; readonly last: boolean }): Clipped {
  const chars = Array.from(text);
  const keepStart = position.last || !position.first ? CONTEXT : 0;
  const keepEnd = position.first || !position.last ? CONTEXT : 0;
  if (chars.length <= keepStart + keepEnd || (position.first && position.last)) return { start: text, end: '', cut: false };
  return { start: chars.slice(0, keepStart).join(''), end: chars.slice(chars.length - keepEnd).join(''), cut: true };
}

const codes = (s: string, nothing: string) =>
  (s === '' ? nothing : Array.from(s, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' '));

/**
 * The code points of differences made of signs, spaces or invisible characters ("U+2212 → U+003F"), where the eye
 * cannot tell "−" from "-" or see a non-breaking space. Each distinct pair once; pairs in letters or digits, or longer
 * than 8 characters, are left out; null when none is left or there are more than 3. An empty side is `nothing`.
 */
export function codePointHint(pairs: ChangeRuns['pairs'], nothing: string): string | null {
  const seen = new Set<string>();
  for (const [before, after] of pairs) {
    const chars = [...Array.from(before), ...Array.from(after)];
    if (chars.length === 0 || chars.length > 8 || chars.every((c) => /[\p{L}\p{N}]/u.test(c))) continue;
    seen.add(`${codes(before, nothing)} → ${codes(after, nothing)}`);
  }
  return seen.size === 0 || seen.size > 3 ? null : [...seen].join(', ');
}
