import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DataIssues } from '../features/data-issues/DataIssues';
import { IndicatorTables } from '../features/indicators/IndicatorTables';
import { TargetsTable } from '../features/targets/TargetsTable';
import type { Lang } from '../core';
import { useDataset } from '../shared/dataset';
import { LANGS } from '../shared/i18n';
import { useLang } from '../shared/useLang';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const choose = (next: Lang) => {
    void i18n.changeLanguage(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  };
  return (
    <div role="group" aria-label={t('app.language')} className="lang-switch">
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => choose(l)}>
          {l === 'zh' ? '中文' : 'English'}
        </button>
      ))}
    </div>
  );
}

/** The page: header, data state (loading, network error, data problems), then the data itself. */
export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useDataset();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="site-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main">
        {query.isPending && <p role="status">{t('status.loading')}</p>}
        {query.isError && !query.data && (
          <div role="alert" className="error">
            <p>{t('status.networkError', { message: query.error.message })}</p>
            <button type="button" onClick={() => void query.refetch()}>{t('status.retry')}</button>
          </div>
        )}
        {query.isError && query.data && <p role="alert" className="error">{t('status.staleError')}</p>}
        {query.data && (
          <>
            <DataIssues issues={query.data.issues} />
            <IndicatorTables data={query.data.dataset} />
            <TargetsTable data={query.data.dataset} />
          </>
        )}
      </main>
      <footer><p>{t('app.footer')}</p></footer>
    </>
  );
}
