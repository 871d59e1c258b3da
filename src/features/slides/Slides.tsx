import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../../shared/translate';
import { ChartLegend, legendItems, withoutLegend } from '../../charts/ChartLegend';
import { EChart } from '../../charts/EChart';
import type { Category, Dataset } from '../../core';
import { colon } from '../../core/punctuation';
import { registerShareText } from '../../shared/shareText';
import { useCatalog } from '../../shared/useCatalog';
import { hrefWith, navigate, onLinkClick, useUrl } from '../../shared/url';
import { useLang } from '../../shared/useLang';
import './slides.css';

/**
 * Width the chart is laid out at before it is scaled to the slide: ECharts' 12 px labels then grow with the screen. A
 * box narrower than this (a phone, a small window) lays the chart out at its own width instead: scaled down, the
 * labels of a phone's slide were 4 px.
 */
const LOGICAL_WIDTH = 960;

/** A chart laid out at LOGICAL_WIDTH (at most) and scaled to fill its box, so its type is as large as the slide's. */
function ScaledChart({ option }: { option: object }) {
  const box = useRef<HTMLDivElement>(null);
  const legendBox = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: LOGICAL_WIDTH, height: 400 });
  // The HTML legend's height in layout pixels: one line on a wide slide, several where its entries wrap (a phone).
  const [legendHeight, setLegendHeight] = useState(40);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setSize({ width: el.clientWidth, height: el.clientHeight });
      if (legendBox.current) setLegendHeight(legendBox.current.offsetHeight);
    });
    observer.observe(el);
    if (legendBox.current) observer.observe(legendBox.current);
    return () => observer.disconnect();
  }, []);
  const logical = size.width > 0 ? Math.min(LOGICAL_WIDTH, size.width) : LOGICAL_WIDTH;
  const k = size.width > 0 ? size.width / logical : 1;
  const height = Math.max(120, Math.floor(size.height / k));
  const hasLegend = legendItems(option as never).length > 0;
  // The legend is HTML under the chart, so the room the option keeps at the bottom for ECharts' own goes to the plot.
  const drawn = useMemo(() => withoutLegend(option), [option]);
  return (
    <div ref={box} className="slide-chart-box">
      <div style={{ width: logical, height, transform: `scale(${k})`, transformOrigin: '0 0' }}>
        <EChart option={drawn} height={Math.max(120, hasLegend ? height - legendHeight : height)} />
        {hasLegend && <div ref={legendBox} className="slide-legend"><ChartLegend option={option as never} /></div>}
      </div>
    </div>
  );
}

const KEYS: Readonly<Record<string, 'prev' | 'next' | 'first' | 'last' | 'exit'>> = {
  ArrowLeft: 'prev', PageUp: 'prev', ArrowRight: 'next', PageDown: 'next', Home: 'first', End: 'last', Escape: 'exit',
};

/**
 * Presentation mode (`?section=slides&slide=N`): one chart per 16:9 slide in large type with its title, unit, source
 * lines and notes (on a phone held upright, or a screen too low for that, a full-width slide of natural height).
 * Arrow keys, Page Up/Down, Space, Home/End, the buttons or a click on the slide move between charts; Esc or the exit
 * link goes back to the chart's section. The slide number lives in the URL, so a link opens that slide; a move
 * announces the new chart's number and title.
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

// Whether the page is in full screen, as the browser says: it also ends by Esc or the browser's own controls.
const isFullScreen = () => Boolean(document.fullscreenElement);
const onFullScreenChange = (changed: () => void) => {
  document.addEventListener('fullscreenchange', changed);
  return () => document.removeEventListener('fullscreenchange', changed);
};

/** The slides themselves, once the data are there. */
function Deck({ data, theme, decal, sectionOf }: { data: Dataset; theme: 'light' | 'dark'; decal: boolean; sectionOf: (c: Category) => string }) {
  const { t, i18n } = useT();
  const lang = useLang();
  registerShareText(i18n);
  const url = useUrl();
  const { charts } = useCatalog(data, { theme, decal });
  const total = charts.length;
  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, total));
  const n = clamp(Number.parseInt(url.params.get('slide') ?? '1', 10) || 1);
  const chart = charts[n - 1];
  const position = t('share.slides.position', { n, total });
  const exitHref = hrefWith({ section: chart ? sectionOf(chart.entry.category) : 'overview', slide: null });

  const go = (k: number) => navigate(hrefWith({ slide: String(clamp(k)) }), { replace: true });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Space moves on (Shift+Space back), as in presentation software, except where it presses a focused control.
      const onControl = e.target instanceof Element && e.target.closest('button, a, input, select, textarea, summary') !== null;
      const action = e.key === ' ' && !onControl ? (e.shiftKey ? 'prev' : 'next') : KEYS[e.key];
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

  const fullScreen = useSyncExternalStore(onFullScreenChange, isFullScreen);
  const toggleFullScreen = () => {
    if (fullScreen) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  // The controls' height, for the room slides.css keeps free under the slide's text (more where the bar wraps).
  const stage = useRef<HTMLElement>(null);
  const controls = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = controls.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => stage.current?.style.setProperty('--slide-controls-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  return (
    <main id="main" className="slides" ref={stage}>
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
      <nav className="slide-controls" aria-label={t('share.slides.heading')} ref={controls}>
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it had (at the first or last slide)
            to the page's start. A click there moves nowhere (go clamps). */}
        <button type="button" onClick={() => go(n - 1)} aria-disabled={n <= 1}>‹ {t('share.slides.previous')}</button>
        {/* The visible count is short; the live region says which chart came up too, so a screen reader need not
            look for the slide's heading after every move. */}
        <span aria-hidden="true">{position}</span>
        <span role="status" className="visually-hidden">{chart ? `${position}${colon(lang)}${chart.entry.title}` : position}</span>
        <button type="button" onClick={() => go(n + 1)} aria-disabled={n >= total}>{t('share.slides.next')} ›</button>
        {/* Not offered where the page cannot go full screen (Safari on an iPhone): it would do nothing. */}
        {document.fullscreenEnabled && (
          <button type="button" onClick={toggleFullScreen}>{t(fullScreen ? 'share.slides.exitFullscreen' : 'share.slides.fullscreen')}</button>
        )}
        <a href={exitHref} onClick={onLinkClick}>{t('share.slides.exit')}</a>
      </nav>
      <p className="visually-hidden">{t('share.slides.hint')}</p>
    </main>
  );
}
