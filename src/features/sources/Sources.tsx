import type { DataFileName, Dataset } from '../../core';
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
                <div className="muted">{s.publisher}{s.published && ` · ${t('sources.published', { date: s.published })}`}</div>
                <div className="muted">{t('sources.file', { file: s.path })}</div>
                <div>{t('sources.counts', {
                  observations: data.observations.filter((o) => o.sourceId === s.sourceId).length,
                  targets: data.targets.filter((g) => g.sourceId === s.sourceId).length,
                })}</div>
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
