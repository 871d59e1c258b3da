import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuote, nthOf, parseQuote, type QuoteRef } from '../../src/shared/quoteParam';
import { hrefWith } from '../../src/shared/url';

describe('the quote URL parameter', () => {
  it.each<[string, QuoteRef]>([
    ['energy_total|group|year@2020', { chart: 'energy_total|group|year', period: '2020', pick: { kind: 'row', n: 1 } }],
    ['energy_total|group|year@2020:2', { chart: 'energy_total|group|year', period: '2020', pick: { kind: 'row', n: 2 } }],
    ['water|group|month@2021-09', { chart: 'water|group|month', period: '2021-09', pick: { kind: 'row', n: 1 } }],
    ['targets|alumina_energy_intensity@2020-H1:actual:group',
      { chart: 'targets|alumina_energy_intensity', period: '2020-H1', pick: { kind: 'actual', scopeId: 'group', n: 1 } }],
    ['targets|alumina_energy_intensity@2020:actual:group:3',
      { chart: 'targets|alumina_energy_intensity', period: '2020', pick: { kind: 'actual', scopeId: 'group', n: 3 } }],
    ['targets|alumina_energy_intensity@2021:target:alumina_energy_new_2021',
      { chart: 'targets|alumina_energy_intensity', period: '2021', pick: { kind: 'target', targetId: 'alumina_energy_new_2021' } }],
  ])('reads %s and writes it back the same', (text, ref) => {
    expect(parseQuote(text)).toEqual(ref);
    expect(formatQuote(ref)).toBe(text);
  });

  it.each([
    null, '', 'energy_total|group|year', '@2020', 'energy_total|group|year@', 'energy_total|group|year@2020-13',
    'energy_total|group|year@2020-H3', 'energy_total|group|year@20', 'energy_total|group|year@2020:0', 'energy_total|group|year@2020:01',
    'energy_total|group|year@2020:x', 'energy_total|group|year@2020:', 'x@2020:actual', 'x@2020:actual:', 'x@2020:actual:Group',
    'x@2020:actual:group:0', 'x@2020:actual:group:2:3', 'x@2020:target', 'x@2020:target:a:2', 'x@2020:target:a-b',
    'x@2020:milestone:a', `x@2020:actual:${'a'.repeat(400)}`,
  ])('refuses %j', (text) => {
    expect(parseQuote(text)).toBeNull();
  });

  it('reads back whatever it writes (any chart key, period and pick)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_]{0,20}$/);
    const period = fc.oneof(
      fc.integer({ min: 1990, max: 2100 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom('H1', 'H2', '01', '06', '12')).map(([y, p]) => `${y}-${p}`),
    );
    const pick = fc.oneof(
      fc.integer({ min: 1, max: 9999 }).map((n) => ({ kind: 'row', n }) as const),
      fc.tuple(id, fc.integer({ min: 1, max: 9999 })).map(([scopeId, n]) => ({ kind: 'actual', scopeId, n }) as const),
      id.map((targetId) => ({ kind: 'target', targetId }) as const),
    );
    const chart = fc.oneof(id.map((i) => `targets|${i}`), fc.tuple(id, id, fc.constantFrom('year', 'half', 'month')).map((p) => p.join('|')));
    fc.assert(fc.property(chart, period, pick, (c, p, k) => {
      const ref: QuoteRef = { chart: c, period: p, pick: k };
      expect(parseQuote(formatQuote(ref))).toEqual(ref);
    }));
  });

  it('counts a row among the rows it groups with', () => {
    const rows = [{ p: '2019' }, { p: '2020' }, { p: '2019' }, { p: '2020' }];
    const same = (a: { p: string }, b: { p: string }) => a.p === b.p;
    expect(rows.map((r) => nthOf(rows, r, same))).toEqual([1, 1, 2, 2]);
  });

  it('drops the selection from links to another section and keeps it within the section', () => {
    const here = '?section=energy&lang=en&quote=energy_total%7Cgroup%7Cyear%402020';
    expect(hrefWith({ section: 'water' }, here)).toBe('?section=water&lang=en');
    expect(hrefWith({ section: 'notes' }, '?lang=zh&quote=x%402020')).toBe('?lang=zh&section=notes');
    expect(hrefWith({ section: 'energy' }, here)).toBe(here);
    expect(hrefWith({ lang: 'zh' }, here)).toBe('?section=energy&lang=zh&quote=energy_total%7Cgroup%7Cyear%402020');
    // A link that names a selection in the section it opens keeps it.
    expect(hrefWith({ section: 'water', quote: 'reuse_rate|group|year@2020' }, here)).toBe('?section=water&lang=en&quote=reuse_rate%7Cgroup%7Cyear%402020');
  });
});
