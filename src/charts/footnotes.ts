/**
 * The lines under a chart, on the page (src/shared/ChartFootnotes.tsx) and in every exported image (catalog.ts): where
 * its numbers are quoted from, and which data notes qualify them. One wording for both, so an image says what the
 * page says.
 */
import { citedLocator, citedTitle, type DataNote, type Dataset } from '../core';
import type { Labels } from './catalog';

/** The language and interface text these lines need. */
export type FootnoteWords = Pick<Labels, 'lang' | 'words'>;

/** "Source: <document>, <section>", once per document and section the rows quote, in the order they first do. */
export function sourceLines(data: Dataset, rows: ReadonlyArray<{ sourceId: string; locator: string }>, l: FootnoteWords): string[] {
  const lines = rows.map((r) => {
    const s = data.sources.find((x) => x.sourceId === r.sourceId);
    return l.words('chart.source', { title: s ? citedTitle(s, l.lang) : r.sourceId, locator: citedLocator(r.locator, l.lang) });
  });
  return [...new Set(lines)];
}

/** A data note's line: its kind first, so a chart whose figures differ in definition or scope says so, then its title. */
export function noteMarker(n: DataNote, l: FootnoteWords): string {
  return l.words('chart.noteMarker', { kind: l.words(`notes.kind.${n.kind}`), title: l.lang === 'zh' ? n.titleZh : n.titleEn });
}
