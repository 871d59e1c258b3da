import { useT } from './translate';
import { noteMarker, sourceLines } from '../charts/footnotes';
import { labelsFrom } from './catalogLabels';
import type { DataNote, Dataset } from '../core';
import { hrefWith, onLinkClick } from './url';
import { useLang } from './useLang';

/**
 * The lines under every chart on the page: each document and section its numbers are quoted from, then a marker per
 * data note about its indicators, which names the note's kind (a changed definition or scope says so) and links to
 * it. The same lines as an exported image prints (src/charts/footnotes.ts).
 */
export function ChartFootnotes({ data, rows, notes }: {
  data: Dataset;
  rows: ReadonlyArray<{ sourceId: string; locator: string }>;
  notes: readonly DataNote[];
}) {
  const { t } = useT();
  const words = labelsFrom(useLang(), t);
  return (
    <>
      {sourceLines(data, rows, words).map((line) => <div key={line} className="source">{line}</div>)}
      {notes.map((n) => (
        <div key={n.noteId} className="note-marker">
          <a href={`${hrefWith({ section: 'notes' })}#note-${n.noteId}`} onClick={onLinkClick}>⚠ {noteMarker(n, words)}</a>
        </div>
      ))}
    </>
  );
}
