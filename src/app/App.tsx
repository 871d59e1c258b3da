import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../shared/translate';
import type { Lang } from '../core';
import { CATEGORIES, type Category } from '../core/contract';
import { targetsIn } from '../core/dataset';
import { once } from '../core/once';
import { ChartPanelSlot, type ChartPanelProps } from '../shared/chartPanelSlot';
import { Deferred } from '../shared/Deferred';
import { useDataset } from '../shared/dataset';
import { LANGS, switchLanguage, useValidationText } from '../shared/i18n';
import { hrefWith, navigate, onLinkClick, useUrl } from '../shared/url';
import { settleNavigation } from '../shared/settleNavigation';
import { useLang } from '../shared/useLang';
import { preloadable } from './preloadable';
import { SECTIONS, sectionById } from './sections';

// Section code loads when a section opens, and ECharts only when a chart is about to draw, so the page shell stays
// within its size budget (see scripts/bench.ts). The sections that draw charts share one chunk (sectionModules.ts).
const sectionModules = once(() => import('./sectionModules'));
const Overview = preloadable(() => sectionModules().then((m) => m.Overview));
// Only a broken data file shows it, so its code stays out of the page shell (its texts load only then, too).
const DataIssues = preloadable(() => import('../features/data-issues/DataIssues').then((m) => m.DataIssues));
const DataNotes = preloadable(() => import('../features/data-notes/DataNotes').then((m) => m.DataNotes));
const Sources = preloadable(() => import('../features/sources/Sources').then((m) => m.Sources));
const IndicatorTables = preloadable(() => sectionModules().then((m) => m.IndicatorTables));
const RemediationCounts = preloadable(() => sectionModules().then((m) => m.RemediationCounts));
const TargetsTable = preloadable(() => sectionModules().then((m) => m.TargetsTable));
const TargetProgress = preloadable(() => sectionModules().then((m) => m.TargetProgress));
const IndicatorSection = preloadable(() => sectionModules().then((m) => m.IndicatorSection));
/** The components of the chart sections (one chunk, sectionModules.ts). */
const SECTION_PARTS = [Overview, IndicatorTables, RemediationCounts, TargetsTable, TargetProgress, IndicatorSection];
const PreviewPage = preloadable(() => import('../features/preview/PreviewPage').then((m) => m.PreviewPage));
const Slides = preloadable(() => import('../features/slides/Slides').then((m) => m.Slides));
const ChartActionsPanel = lazy(() => import('../shared/ChartActionsPanel').then((m) => ({ default: m.ChartActionsPanel })));
const renderChartPanel = (p: ChartPanelProps) => <ChartActionsPanel {...p} />;

/**
 * Loads the code a section renders, before its first render: `main.tsx` awaits it for the section in the address;
 * navigation calls it as a section opens. Never rejects: a chunk that failed to download is fetched again (and its
 * error shown) when it renders. The boot script (vite.config.ts, sectionPreload) starts the same downloads earlier.
 */
export async function preloadSection(sectionId: string): Promise<void> {
  const own: Readonly<Record<string, { preload: () => Promise<unknown> }>> = { notes: DataNotes, sources: Sources, preview: PreviewPage, slides: Slides };
  const parts = [
    ...(Object.hasOwn(own, sectionId) ? [own[sectionId].preload()] : []),
    // The preview shows the previewed data with the dashboard's own sections. Each component's own preload, not just
    // the chunk: a component whose preload has not settled suspends on its first render, and React renders it twice.
    ...(sectionId === 'notes' || sectionId === 'sources' || sectionId === 'slides' ? [] : SECTION_PARTS.map((c) => c.preload())),
  ];
  await Promise.all(parts).catch(() => undefined);
}

const SECTION_IDS = SECTIONS.map((s) => s.id);
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
  const { t, i18n } = useT();
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
  const { t } = useT();
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
  const { t, i18n } = useT();
  const lang = useLang();
  const url = useUrl();
  const section = sectionById(url.section);
  const systemDark = useSystemDark();
  const theme = url.theme ?? (systemDark ? 'dark' : 'light');
  const decal = url.params.get('patterns') === '1';
  const query = useDataset();
  const validationReady = useValidationText(section.id === 'preview' || (query.data?.issues.length ?? 0) > 0);

  useEffect(() => {
    if ((url.lang === 'zh' || url.lang === 'en') && url.lang !== i18n.language) void switchLanguage(i18n, url.lang);
  }, [url.lang, i18n]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = `${t(url.section === 'slides' ? 'nav.present' : `nav.${section.id}`)} · ${t('app.title')}`;
  }, [lang, theme, section.id, url.section, t]);
  // After a link or Back/Forward: focus the new view's heading or fragment, or return to where the reader was.
  useEffect(() => settleNavigation(), [url]);

  const data = query.data?.dataset;
  void preloadSection(url.section);
  // Everything after the target paths: the targets table, the trend cards and the full tables.
  const afterTargetPaths = data && (
    <>
      <TargetsTable data={data} categories={section.categories} />
      <IndicatorSection data={data} categories={section.categories} also={section.also} homeOf={sectionOf} theme={theme} decal={decal} />
      <Deferred>
        <IndicatorTables data={data} categories={section.categories} />
      </Deferred>
    </>
  );
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
        {/* Focusable from script only: after following an in-app link, focus lands here (settleNavigation). */}
        <h1 tabIndex={-1}>{t(`nav.${section.id}`)}</h1>
        {query.isPending && <p role="status">{t('status.loading')}</p>}
        {query.isError && !query.data && (
          <div role="alert" className="error">
            <p>{t('status.networkError', { message: query.error.message })}</p>
            <button type="button" onClick={() => void query.refetch()}>{t('status.retry')}</button>
          </div>
        )}
        {query.isError && query.data && <p role="alert" className="error">{t('status.staleError')}</p>}
        {query.data && section.id !== 'preview' && validationReady && query.data.issues.length > 0 && (
          <Suspense fallback={null}><DataIssues issues={query.data.issues} /></Suspense>
        )}
        {data && (
          <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
            {section.id === 'overview' && <Overview data={data} sectionOf={sectionOf} sectionIds={SECTION_IDS} />}
            {section.id === 'notes' && <DataNotes data={data} />}
            {section.id === 'sources' && <Sources data={data} />}
            {section.id === 'remediation' && <RemediationCounts data={data} />}
            {section.id === 'preview' && !validationReady && <p role="status">{t('status.loading')}</p>}
            {section.id === 'preview' && validationReady && (
              <PreviewPage renderDashboard={(previewed) => (
                <>
                  <Overview data={previewed} sectionOf={sectionOf} sectionIds={SECTION_IDS} />
                  <TargetsTable data={previewed} categories={CATEGORIES} />
                  <IndicatorTables data={previewed} />
                </>
              )} />
            )}
            {section.categories.length > 0 && (
              <ChartPanelSlot.Provider value={renderChartPanel}>
                <TargetProgress data={data} categories={section.categories} theme={theme} />
                {/* Deferred content only ever comes after what the first paint shows, so nothing on screen moves. A
                    section that opens with target paths shows only the first of them on its first screen. */}
                {targetsIn(data, section.categories).length > 0 ? <Deferred>{afterTargetPaths}</Deferred> : afterTargetPaths}
              </ChartPanelSlot.Provider>
            )}
          </Suspense>
        )}
      </main>
      <footer><p>{t('app.footer')}</p></footer>
    </>
  );
}
