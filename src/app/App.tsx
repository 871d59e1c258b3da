import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category, type Lang } from '../core';
import { DataIssues } from '../features/data-issues/DataIssues';
import { ChartPanelSlot, type ChartPanelProps } from '../shared/chartPanelSlot';
import { useDataset } from '../shared/dataset';
import { LANGS, switchLanguage } from '../shared/i18n';
import { hrefWith, navigate, onLinkClick, useUrl } from '../shared/url';
import { useLang } from '../shared/useLang';
import { SECTIONS, sectionById } from './sections';

// Each section's code loads when it opens, and chart code (ECharts) only with a section that draws charts, so the
// page shell stays within its size budget (see scripts/bench.ts).
const Overview = lazy(() => import('../features/overview/Overview').then((m) => ({ default: m.Overview })));
const DataNotes = lazy(() => import('../features/data-notes/DataNotes').then((m) => ({ default: m.DataNotes })));
const Sources = lazy(() => import('../features/sources/Sources').then((m) => ({ default: m.Sources })));
const IndicatorTables = lazy(() => import('../features/indicators/IndicatorTables').then((m) => ({ default: m.IndicatorTables })));
const RemediationCounts = lazy(() => import('../features/remediation/RemediationCounts').then((m) => ({ default: m.RemediationCounts })));
const PreviewPage = lazy(() => import('../features/preview/PreviewPage').then((m) => ({ default: m.PreviewPage })));
const TargetsTable = lazy(() => import('../features/targets/TargetsTable').then((m) => ({ default: m.TargetsTable })));
const Slides = lazy(() => import('../features/slides/Slides').then((m) => ({ default: m.Slides })));
const ChartActionsPanel = lazy(() => import('../shared/ChartActionsPanel').then((m) => ({ default: m.ChartActionsPanel })));
const renderChartPanel = (p: ChartPanelProps) => <ChartActionsPanel {...p} />;
const loadTargetProgress = () => import('../features/target-progress/TargetProgress');
const loadIndicatorSection = () => import('../features/indicator-charts/IndicatorSection');
const TargetProgress = lazy(() => loadTargetProgress().then((m) => ({ default: m.TargetProgress })));
const IndicatorSection = lazy(() => loadIndicatorSection().then((m) => ({ default: m.IndicatorSection })));

// A link straight into a chart section fetches the chart code alongside the data instead of after it.
if (typeof window !== 'undefined' && sectionById(new URLSearchParams(window.location.search).get('section') ?? '').categories.length > 0) {
  void loadTargetProgress();
  void loadIndicatorSection();
}

const sectionOf = (c: Category): string => SECTIONS.find((s) => s.categories.includes(c))?.id ?? 'overview';

function useSystemDark(): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, [query]);
  return dark;
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const choose = (next: Lang) => {
    void switchLanguage(i18n, next);
    navigate(hrefWith({ lang: next }), { replace: true });
  };
  return (
    <div role="group" aria-label={t('app.language')} className="switch">
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => choose(l)}>
          {l === 'zh' ? '中文' : 'English'}
        </button>
      ))}
    </div>
  );
}

function ThemeSwitch({ theme }: { theme: 'light' | 'dark' | null }) {
  const { t } = useTranslation();
  const options = [['system', null], ['light', 'light'], ['dark', 'dark']] as const;
  return (
    <div role="group" aria-label={t('theme.label')} className="switch">
      {options.map(([key, value]) => (
        <button key={key} type="button" aria-pressed={theme === value} onClick={() => navigate(hrefWith({ theme: value }), { replace: true })}>
          {t(`theme.${key}`)}
        </button>
      ))}
    </div>
  );
}

/** The page: header with switches, section navigation, the data state, then the current section. */
export function App() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const url = useUrl();
  const section = sectionById(url.section);
  const systemDark = useSystemDark();
  const theme = url.theme ?? (systemDark ? 'dark' : 'light');
  const decal = url.params.get('patterns') === '1';
  const query = useDataset();

  useEffect(() => {
    if ((url.lang === 'zh' || url.lang === 'en') && url.lang !== i18n.language) void switchLanguage(i18n, url.lang);
  }, [url.lang, i18n]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = `${t(url.section === 'slides' ? 'nav.present' : `nav.${section.id}`)} · ${t('app.title')}`;
  }, [lang, theme, section.id, url.section, t]);

  const data = query.data?.dataset;
  // Presentation mode is the whole screen: no header, navigation or footer around the slide.
  if (url.section === 'slides') {
    return (
      <Suspense fallback={null}>
        <Slides data={data} error={query.isError ? query.error.message : null} theme={theme} decal={decal} sectionOf={sectionOf} />
      </Suspense>
    );
  }
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="site-header">
        <div>
          <p className="site-title">{t('app.title')}</p>
          <p className="site-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="switches">
          <a className="present" href={hrefWith({ section: 'slides', slide: null })} onClick={onLinkClick}>{t('nav.present')}</a>
          <LanguageSwitch />
          <ThemeSwitch theme={url.theme} />
          <label className="patterns">
            <input type="checkbox" checked={decal} onChange={(e) => navigate(hrefWith({ patterns: e.target.checked ? '1' : null }), { replace: true })} />
            {' '}{t('chart.patterns')}
          </label>
        </div>
      </header>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={hrefWith({ section: s.id })} onClick={onLinkClick} aria-current={s.id === section.id ? 'page' : undefined}>
                {t(`nav.${s.id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main">
        <h1>{t(`nav.${section.id}`)}</h1>
        {query.isPending && <p role="status">{t('status.loading')}</p>}
        {query.isError && !query.data && (
          <div role="alert" className="error">
            <p>{t('status.networkError', { message: query.error.message })}</p>
            <button type="button" onClick={() => void query.refetch()}>{t('status.retry')}</button>
          </div>
        )}
        {query.isError && query.data && <p role="alert" className="error">{t('status.staleError')}</p>}
        {query.data && section.id !== 'preview' && <DataIssues issues={query.data.issues} />}
        {data && (
          <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
            {section.id === 'overview' && <Overview data={data} sectionOf={sectionOf} />}
            {section.id === 'notes' && <DataNotes data={data} />}
            {section.id === 'sources' && <Sources data={data} />}
            {section.id === 'remediation' && <RemediationCounts data={data} />}
            {section.id === 'preview' && (
              <PreviewPage renderDashboard={(previewed) => (
                <>
                  <Overview data={previewed} sectionOf={sectionOf} />
                  <TargetsTable data={previewed} categories={CATEGORIES} />
                  <IndicatorTables data={previewed} />
                </>
              )} />
            )}
            {section.categories.length > 0 && (
              <ChartPanelSlot.Provider value={renderChartPanel}>
                <TargetProgress data={data} categories={section.categories} theme={theme} />
                <TargetsTable data={data} categories={section.categories} />
                <IndicatorSection data={data} categories={section.categories} theme={theme} decal={decal} />
                <IndicatorTables data={data} categories={section.categories} />
              </ChartPanelSlot.Provider>
            )}
          </Suspense>
        )}
      </main>
      <footer><p>{t('app.footer')}</p></footer>
    </>
  );
}
