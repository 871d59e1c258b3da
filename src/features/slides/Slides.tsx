import { useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/translate';
import { ChartLegend, legendItems } from '../../charts/ChartLegend';
import { EChart } from '../../charts/EChart';
import type { Category, Dataset } from '../../core';
import { registerShareText } from '../../shared/shareText';
import { useCatalog } from '../../shared/useCatalog';
import { hrefWith, navigate, onLinkClick, useUrl } from '../../shared/url';
import './slides.css';

/** Width the chart is laid out at before it is scaled to the slide: ECharts' 12 px labels then grow with the screen. */
const LOGICAL_WIDTH = 960;

/** A chart laid out at LOGICAL_WIDTH and scaled to fill its box, so its type is as large as the slide's. */
function ScaledChart({ option }: { option: object }) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: LOGICAL_WIDTH, height: 400 });
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const k = size.width > 0 ? size.width / LOGICAL_WIDTH : 1;
  const height = Math.max(120, Math.floor(size.height / k));
  return (
    <div ref={box} className="slide-chart-box">
      <div style={{ width: LOGICAL_WIDTH, height, transform: `scale(${k})`, transformOrigin: '0 0' }}>
        <EChart option={option} height={legendItems(option as never).length > 0 ? height - 40 : height} />
        <ChartLegend option={option as never} />
      </div>
    </div>
  );
}

const KEYS: Readonly<Record<string, 'prev' | 'next' | 'first' | 'last' | 'exit'>> = {
  ArrowLeft: 'prev', PageUp: 'prev', ArrowRight: 'next', PageDown: 'next', Home: 'first', End: 'last', Escape: 'exit',
};

/**
 * Presentation mode (`?section=slides&slide=N`): one chart per 16:9 slide in large type with its title, unit, source
 * lines and notes. Arrow keys, Page Up/Down, Home/End, the buttons or a click on the slide move between charts; Esc
 * or the exit link goes back to the chart's section. The slide number lives in the URL, so a link opens that slide.
 */
export function Slides({ data, error, ...look }: {
  data: Dataset | undefined; error: string | null; theme: 'light' | 'dark'; decal: boolean; sectionOf: (c: Category) => string;
}) {
  const { t } = useT();
  if (!data) {
    return (
      <main id="main">
        <h1>{t('nav.present')}</h1>
        {error ? <p role="alert">{t('status.networkError', { message: error })}</p> : <p role="status">{t('status.loading')}</p>}
      </main>
    );
  }
  return <Deck data={data} {...look} />;
}

/** The slides themselves, once the data are there. */
function Deck({ data, theme, decal, sectionOf }: { data: Dataset; theme: 'light' | 'dark'; decal: boolean; sectionOf: (c: Category) => string }) {
  const { t, i18n } = useT();
  registerShareText(i18n);
  const url = useUrl();
  const { charts } = useCatalog(data, { theme, decal });
  const total = charts.length;
  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, total));
  const n = clamp(Number.parseInt(url.params.get('slide') ?? '1', 10) || 1);
  const chart = charts[n - 1];
  const exitHref = hrefWith({ section: chart ? sectionOf(chart.entry.category) : 'overview', slide: null });

  const go = (k: number) => navigate(hrefWith({ slide: String(clamp(k)) }), { replace: true });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = KEYS[e.key];
      if (!action || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      e.preventDefault();
      const to = (k: number) => navigate(hrefWith({ slide: String(Math.min(Math.max(1, k), Math.max(1, total))) }), { replace: true });
      if (action === 'exit') navigate(exitHref);
      else to(action === 'prev' ? n - 1 : action === 'next' ? n + 1 : action === 'first' ? 1 : total);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [n, total, exitHref]);
  // Leaving the presentation (Esc, the link, Back) leaves full screen too.
  useEffect(() => () => { if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined); }, []);

  const fullscreen = () => { void document.documentElement.requestFullscreen?.().catch(() => undefined); };

  return (
    <main id="main" className="slides">
      <h1 className="visually-hidden">{t('share.slides.heading')} · {t('app.title')}</h1>
      {chart ? (
        // A click anywhere on the slide moves on, as in presentation software; the buttons below do the same by keyboard.
        <section className="slide" aria-labelledby="slide-title" onClick={() => go(n + 1)}>
          <h2 id="slide-title">{chart.entry.title}</h2>
          <p className="slide-subtitle">{chart.entry.subtitle}</p>
          <div className="slide-chart" role="img" aria-label={chart.entry.description}>
            <ScaledChart key={chart.entry.id} option={chart.entry.option} />
          </div>
          <div className="slide-footer">
            {chart.entry.footer.map((line) => <p key={line}>{line}</p>)}
          </div>
        </section>
      ) : (
        <section className="slide" aria-labelledby="slide-title"><h2 id="slide-title">{t('share.slides.empty')}</h2></section>
      )}
      <nav className="slide-controls" aria-label={t('share.slides.heading')}>
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it had (at the first or last slide)
            to the page's start. A click there moves nowhere (go clamps). */}
        <button type="button" onClick={() => go(n - 1)} aria-disabled={n <= 1}>‹ {t('share.slides.previous')}</button>
        <span role="status">{t('share.slides.position', { n, total })}</span>
        <button type="button" onClick={() => go(n + 1)} aria-disabled={n >= total}>{t('share.slides.next')} ›</button>
        <button type="button" onClick={fullscreen}>{t('share.slides.fullscreen')}</button>
        <a href={exitHref} onClick={onLinkClick}>{t('share.slides.exit')}</a>
      </nav>
      <p className="visually-hidden">{t('share.slides.hint')}</p>
    </main>
  );
}
