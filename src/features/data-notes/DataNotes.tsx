import { useT } from '../../shared/translate';
import { citedLocator, commaList, indicatorName, type Dataset } from '../../core';
import { useLang } from '../../shared/useLang';
import { QuoteText } from '../../shared/QuoteText';

/** Every documented contradiction or implausible figure in the sources, each with both passages quoted. */
export function DataNotes({ data }: { data: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  const name = (id: string) => indicatorName(data, id, lang);
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.heading')}</h2>
      <p>{t('notes.intro')}</p>
      {data.notes.length === 0 && <p>{t('notes.none')}</p>}
      {data.notes.map((n) => (
        <article key={n.noteId} id={`note-${n.noteId}`} tabIndex={-1} className="data-note" aria-labelledby={`note-title-${n.noteId}`}>
          <h3 id={`note-title-${n.noteId}`}>
            <span className={`badge badge-${n.kind}`}>{t(`notes.kind.${n.kind}`)}</span> {lang === 'zh' ? n.titleZh : n.titleEn}
          </h3>
          <p>{lang === 'zh' ? n.textZh : n.textEn}</p>
          <div className="two-quotes">
            <blockquote lang="zh"><p className="muted">{t('notes.first', { locator: citedLocator(n.locatorA, lang) })}</p><QuoteText text={n.quoteA} /></blockquote>
            <blockquote lang="zh"><p className="muted">{t('notes.second', { locator: citedLocator(n.locatorB, lang) })}</p><QuoteText text={n.quoteB} /></blockquote>
          </div>
          <p className="muted">{t('notes.affects', { names: commaList(n.indicatorIds.map(name), lang) })}</p>
        </article>
      ))}
    </section>
  );
}
