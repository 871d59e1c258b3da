import type { TFunction } from 'i18next';
import type { DataFileName, Dataset, Lang } from '../../core';
import { citedTitle, DATA_FILES } from '../../core/contract';
import { serializeDatasetFile, UTF8_BOM } from '../../core/serialize';
import { download } from '../../shared/download';
import { useT } from '../../shared/translate';
import { useLang } from '../../shared/useLang';

/** How many records each data file holds, for its line in the list. */
const RECORDS: Readonly<Record<DataFileName, (d: Dataset) => number>> = {
  'sources.csv': (d) => d.sources.length,
  'scopes.csv': (d) => d.scopes.length,
  'indicators.csv': (d) => d.indicators.length,
  'observations.csv': (d) => d.observations.length,
  'targets.csv': (d) => d.targets.length,
  'notes.csv': (d) => d.notes.length,
};

/**
 * One data file as a download: the validated records the page shows, written back as CSV with a byte order mark, so
 * that Excel, which reads a CSV without one in the system's code page, shows the Chinese text.
 */
function saveDataFile(file: DataFileName, data: Dataset): void {
  download(new Blob([UTF8_BOM + serializeDatasetFile(file, data).text], { type: 'text/csv;charset=utf-8' }), file);
}

/** The publisher in the reader's language: sources.csv gives a bilingual one as "中文名 / English name". */
function publisherIn(publisher: string, lang: Lang): string {
  const cut = publisher.indexOf(' / ');
  if (cut < 0) return publisher;
  return lang === 'zh' ? publisher.slice(0, cut) : publisher.slice(cut + 3);
}

/**
 * A publication date in words where it is a year or a month ("2021 年", "Sep 2021"); any other date as written. The
 * same texts as shared/format's periodLabel, not imported from there: that module lives in the chart sections' chunk,
 * and Sources loads no more than the page shell (see the shell rule in eslint.config.js).
 */
function dateIn(date: string, t: TFunction): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  return m[2] ? t(`period.m${Number(m[2])}`, { year: m[1] }) : t('period.year', { year: m[1] });
}

/** "416 figures and 3 targets cite this document.", leaving out a part that is zero. */
function citedBy(observations: number, targets: number, t: TFunction): string {
  const parts = [
    ...(observations > 0 ? [t('sources.figureCount', { count: observations })] : []),
    ...(targets > 0 ? [t('sources.targetCount', { count: targets })] : []),
  ];
  if (parts.length === 2) return t('sources.citedByBoth', { observations: parts[0], targets: parts[1] });
  if (parts.length === 1) return t('sources.citedByOne', { what: parts[0], count: observations + targets });
  return t('sources.citedByNone');
}

/** The source documents, with how many figures and targets cite each, then the data files as downloads. */
export function Sources({ data }: { data: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  return (
    <>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t('sources.heading')}</h2>
        <p>{t('sources.intro')}</p>
        <ul className="sources">
          {data.sources.map((s) => {
            const title = lang === 'zh' ? s.titleZh : s.titleEn;
            const cited = citedTitle(s, lang);
            return (
              <li key={s.sourceId}>
                <strong>{title}</strong>
                {cited !== title && <div className="muted">{t('sources.citedAs', { short: cited })}</div>}
                <div className="muted">{publisherIn(s.publisher, lang)}{s.published && ` · ${t('sources.published', { date: dateIn(s.published, t) })}`}</div>
                <div className="muted">{t('sources.file', { file: s.path })}</div>
                <div>{citedBy(data.observations.filter((o) => o.sourceId === s.sourceId).length, data.targets.filter((g) => g.sourceId === s.sourceId).length, t)}</div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="data-files-title">
        <h2 id="data-files-title">{t('sources.dataHeading')}</h2>
        <p>{t('sources.dataIntro')}</p>
        <ul className="sources data-files" aria-labelledby="data-files-title">
          {DATA_FILES.map((f) => (
            <li key={f}>
              <button type="button" onClick={() => saveDataFile(f, data)}>{t('sources.downloadFile', { file: f })}</button>
              {' '}<span className="muted">{t(`sources.fileDesc.${f.replace('.csv', '')}`, { n: RECORDS[f](data) })}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
