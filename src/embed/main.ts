/**
 * The embed page, `/embed/<chart-id>?lang=zh|en&theme=light|dark`: one dashboard chart with its title, unit, source
 * lines and a link back, for an iframe on another site. Its own small entry (no React, no i18next, no dashboard
 * shell). It fetches only the fixed data files under `data/`; the id from the URL is only ever compared with catalog
 * ids. It tells its parent nothing but its height.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { SECTIONS } from '../app/sections';
import { buildCatalog, targetPathEntry, withFooter } from '../charts/catalog';
import { scopedTargetPath, targetPaths } from '../charts/series';
import { DATA_FILES, loadDataset, type DataFiles, type Lang } from '../core';
import { labelsFrom, type Translate } from '../shared/catalogLabels';
import { SHARE_TEXT } from '../shared/shareText';
import './embed.css';

echarts.use([BarChart, LineChart, GridComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

const BASE = import.meta.env.BASE_URL;
const params = new URLSearchParams(window.location.search);
const langParam = params.get('lang');
const lang: Lang = langParam === 'zh' || langParam === 'en' ? langParam
  : (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
const themeParam = params.get('theme');
const theme = themeParam === 'dark' || themeParam === 'light' ? themeParam
  : window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
const root = document.getElementById('embed')!;

/** The chart id from `/embed/<id>`; anything but [a-z0-9-] cannot be a catalog id and is refused before any fetch. */
function chartIdFromPath(pathname: string): string {
  const rest = pathname.slice(pathname.indexOf('/embed/') + '/embed/'.length).replace(/\/+$/, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** Interface text lookup with `{{name}}` parameters, over the dashboard's catalog plus the share text. */
function translator(ui: object): Translate {
  const text = { ...ui, share: SHARE_TEXT[lang] };
  return (key, p = {}) => {
    const found = key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), text);
    return typeof found === 'string' ? found.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in p ? String(p[name]) : m)) : key;
  };
}

/** Creates an element with text (never HTML: data text stays text). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** Reports the content's height to the embedding page, which may size the iframe to it. Only the number goes out. */
function reportHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'esg-embed-height', height }, '*');
}

function backLink(t: Translate, section: string): HTMLParagraphElement {
  const p = el('p', 'embed-back');
  const a = el('a', '', t('share.embedPage.back'));
  a.href = new URL(`${BASE}?section=${section}&lang=${lang}`, window.location.href).href;
  // Inside a frame the dashboard opens in a new tab: it refuses to be framed itself.
  a.target = '_blank';
  a.rel = 'noopener';
  p.append(a);
  return p;
}

async function fetchData(): Promise<DataFiles> {
  const files: DataFiles = {};
  await Promise.all(DATA_FILES.map(async (f) => {
    const res = await fetch(`${BASE}data/${f}`, { cache: 'no-cache' });
    if (res.ok) files[f] = new Uint8Array(await res.arrayBuffer());
  }));
  if (Object.keys(files).length === 0) throw new Error('no data');
  return files;
}

async function main(): Promise<void> {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.documentElement.dataset.theme = theme;
  const ui = lang === 'zh' ? (await import('../shared/locales/zh')).zh : (await import('../shared/locales/en')).en;
  const t = translator(ui);
  const id = chartIdFromPath(window.location.pathname);
  const say = (text: string, role: 'alert' | 'status') => {
    const page = el('main', '');
    const p = el('p', 'embed-message', text);
    p.setAttribute('role', role);
    page.append(p, backLink(t, 'overview'));
    root.replaceChildren(page);
    reportHeight();
  };
  // An id shown back to the reader is cut short; it is only ever text.
  const unknown = () => say(t('share.embedPage.unknown', { id: id.slice(0, 80) }), 'alert');
  if (!/^[a-z0-9-]{1,200}$/.test(id)) return unknown();

  let files: DataFiles;
  try {
    files = await fetchData();
  } catch {
    return say(t('share.embedPage.failed'), 'alert');
  }
  const data = loadDataset(files).dataset;
  const labels = labelsFrom(lang, t);
  let entry = buildCatalog(data, labels, { theme }).find((e) => e.id === id);
  if (!entry) return unknown();
  // ?scope= narrows a chart of targets to one scope's path (e.g. new plants only); other charts have one scope already.
  const scope = params.get('scope');
  if (scope !== null && entry.kind === 'target-path') {
    const model = targetPaths(data, [entry.category]).find((m) => m.indicator.indicatorId === entry!.indicatorId);
    const narrowed = /^[a-z0-9_]{1,80}$/.test(scope) && model ? scopedTargetPath(model, scope) : null;
    if (!narrowed) return say(t('share.embedPage.unknownScope', { scope: scope.slice(0, 80) }), 'alert');
    entry = withFooter(targetPathEntry(data, narrowed, labels, { theme }), entry.id);
  }

  document.title = `${entry.title} · ${t('app.title')}`;
  const page = el('main', '');
  const title = el('h1', '', entry.title);
  const chartBox = el('div', 'embed-chart');
  chartBox.setAttribute('role', 'img');
  chartBox.setAttribute('aria-label', entry.description);
  const canvas = el('div', '');
  canvas.setAttribute('aria-hidden', 'true');
  chartBox.append(canvas);
  const footer = el('div', 'embed-footer');
  footer.append(...entry.footer.map((line) => el('p', '', line)));
  const section = SECTIONS.find((s) => s.categories.includes(entry.category))?.id ?? 'overview';
  page.append(title, el('p', 'embed-subtitle', entry.subtitle), chartBox, footer, backLink(t, section));
  root.replaceChildren(page);

  const chart = echarts.init(canvas, null, { renderer: 'svg' });
  chart.setOption(entry.option);
  // The chart follows the frame's width; the page's height follows its content and is reported on every change.
  new ResizeObserver(() => chart.resize()).observe(chartBox);
  new ResizeObserver(() => reportHeight()).observe(root);
  reportHeight();
}

window.addEventListener('load', reportHeight);
void main();
