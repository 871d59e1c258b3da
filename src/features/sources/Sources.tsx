import { useT } from '../../shared/translate';
import { citedTitle, type Dataset } from '../../core';
import { useLang } from '../../shared/useLang';

/** The source documents, with how many figures and targets cite each. */
export function Sources({ data }: { data: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources.heading')}</h2>
      <p>{t('sources.intro')}</p>
      <ul className="sources">
        {data.sources.map((s) => (
          <li key={s.sourceId}>
            <strong>{lang === 'zh' ? s.titleZh : s.titleEn}</strong>
            {citedTitle(s, lang) !== (lang === 'zh' ? s.titleZh : s.titleEn) && (
              <div className="muted">{t('sources.citedAs', { short: citedTitle(s, lang) })}</div>
            )}
            <div className="muted">{s.publisher}{s.published && ` · ${t('sources.published', { date: s.published })}`}</div>
            <div className="muted">{t('sources.file', { file: s.path })}</div>
            <div>{t('sources.counts', {
              observations: data.observations.filter((o) => o.sourceId === s.sourceId).length,
              targets: data.targets.filter((g) => g.sourceId === s.sourceId).length,
            })}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
