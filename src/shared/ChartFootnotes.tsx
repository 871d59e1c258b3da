import { useTranslation } from 'react-i18next';
import { sourcePlaces } from '../charts/series';
import type { DataNote, Dataset } from '../core';
import { hrefWith, onLinkClick } from './url';
import { useLang } from './useLang';

/**
 * The lines under every chart on the page: each document and section its numbers are quoted from (the lines an
 * exported image prints too, see catalog.ts), then a marker per data note about the indicator that links to the note.
 * A note says where the sources contradict themselves or where a definition or scope differs, so a chart drawn from
 * such figures says so beside it.
 */
export function ChartFootnotes({ data, rows, notes }: {
  data: Dataset;
  rows: ReadonlyArray<{ sourceId: string; locator: string }>;
  notes: readonly DataNote[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      {sourcePlaces(data, rows).map((p) => (
        <div key={`${p.sourceId}|${p.locator}`} className="source">
          {t('chart.source', { title: p.source ? (lang === 'zh' ? p.source.titleZh : p.source.titleEn) : p.sourceId, locator: p.locator })}
        </div>
      ))}
      {notes.map((n) => (
        <div key={n.noteId} className="note-marker">
          <a href={`${hrefWith({ section: 'notes' })}#note-${n.noteId}`} onClick={onLinkClick}>
            ⚠ {t('chart.noteMarker', { title: lang === 'zh' ? n.titleZh : n.titleEn })}
          </a>
        </div>
      ))}
    </>
  );
}
