/**
 * The embed page, `/embed/<chart-id>?lang=zh|en&theme=light|dark`: one dashboard chart with its title, unit,
 * one-sentence description, legend, a table of the plotted values, source lines and a link back, for an iframe on
 * another site. Its own small entry (no React, no i18next, no dashboard shell). It fetches only the fixed data files
 * under `data/`; the id from the URL is only ever compared with catalog ids. It tells its parent nothing but its
 * height.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { SECTIONS } from '../app/sections';
import { targetPathEntry, withFooter } from '../charts/catalog';
import { targetPathCardId, trendCardId } from '../charts/chartKeys';
import { indexCatalog, type ChartModel } from '../charts/catalogIndex';
import { legendItems, withoutLegend, type LegendItem } from '../charts/ChartLegend';
import { scopedTargetPath, type TargetPathModel } from '../charts/series';
import { DATA_FILES, loadDataset, type DataFiles, type Lang } from '../core';
import { labelsFrom, type Translate } from '../shared/catalogLabels';
import { SHARE_TEXT } from '../shared/shareText';
import { plottedRows, plottedTable, type PlottedTable } from './plotted';
import { EMBED_WORDS } from './words';
import './embed.css';

// No ECharts legend: drawn inside the chart it took three rows at phone width and covered the axis labels; the HTML
// legend below the chart wraps in the page's flow instead (and the component's bytes stay out of the page).
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

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

/** The id of the chart's card on the dashboard: its heading's, which a `#fragment` link scrolls to and focuses. */
function cardId(model: ChartModel): string {
  return model.kind === 'trend' ? trendCardId(model.key) : targetPathCardId(model.path.indicator.indicatorId);
}

/** The link to the dashboard: the section, and with `card` that chart's card in it (a `#fragment`). */
function backLink(t: Translate, section: string, card = ''): HTMLParagraphElement {
  const p = el('p', 'embed-back');
  // The dashboard opens in a new tab, which the link says in words: it refuses to be framed itself. A theme the host
  // chose carries over; without one the dashboard follows the reader's system, as this page did.
  const a = el('a', '', `${t('share.embedPage.back')}${lang === 'zh' ? '' : ' '}${EMBED_WORDS[lang].newTab}`);
  const look = themeParam === 'dark' || themeParam === 'light' ? `&theme=${themeParam}` : '';
  a.href = new URL(`${BASE}?section=${section}&lang=${lang}${look}${card && `#${card}`}`, window.location.href).href;
  a.target = '_blank';
  a.rel = 'noopener';
  p.append(a);
  return p;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The chart's legend as a list in the page, drawn as the dashboard's ChartLegend draws it. */
function legendList(items: readonly LegendItem[]): HTMLUListElement {
  const list = el('ul', 'embed-legend');
  // Part of the picture: the table names every row's series, so a screen reader need not hear the names twice.
  list.setAttribute('aria-hidden', 'true');
  for (const item of items) {
    const swatch = document.createElementNS(SVG, 'svg');
    for (const [k, v] of [['width', '28'], ['height', '12'], ['aria-hidden', 'true'], ['focusable', 'false']]) swatch.setAttribute(k, v);
    const mark = document.createElementNS(SVG, item.line ? 'line' : 'rect');
    const attrs: Array<[string, string]> = item.line
      ? [['x1', '1'], ['y1', '6'], ['x2', '27'], ['y2', '6'], ['stroke', item.color], ['stroke-width', '2.5'], ...(item.dashed ? [['stroke-dasharray', '5 3'] as [string, string]] : [])]
      : [['x', '9'], ['y', '1'], ['width', '10'], ['height', '10'], ['fill', item.color]];
    for (const [k, v] of attrs) mark.setAttribute(k, v);
    swatch.append(mark);
    const li = el('li', '');
    li.append(swatch, document.createTextNode(item.name));
    list.append(li);
  }
  return list;
}

/**
 * The plotted values as a table behind a disclosure: the chart is an image to a screen reader and takes no keyboard
 * focus, so this is how its numbers are read. A trend's rows are periods; a target path's name their series too.
 */
function valuesTable(t: Translate, cells: PlottedTable): HTMLDetailsElement {
  const details = el('details', 'embed-table');
  const name = t('chart.table');
  details.append(el('summary', '', name));
  // A named, focusable box: a table wider than a phone scrolls inside it, by keyboard too.
  const scroll = el('div', 'embed-table-scroll');
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', name);
  scroll.tabIndex = 0;
  const table = el('table', '');
  const head = el('tr', '');
  const th = (text: string, scope: 'col' | 'row', className = '') => {
    const cell = el('th', className, text);
    cell.scope = scope;
    return cell;
  };
  head.append(th(cells.head[0], 'col'), th(cells.head[1], 'col', 'num'));
  const body = el('tbody', '');
  for (const [which, value] of cells.body) {
    const tr = el('tr', '');
    tr.append(th(which, 'row'), el('td', 'num', value));
    body.append(tr);
  }
  const thead = el('thead', '');
  thead.append(head);
  table.append(thead, body);
  scroll.append(table);
  details.append(scroll);
  return details;
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
  const found = indexCatalog(data, labels, { theme }).byId.get(id);
  if (!found) return unknown();
  const model = found.model;
  let entry = found.entry;
  // ?scope= narrows a chart of targets to one scope's path (e.g. new plants only); other charts have one scope already.
  const scope = params.get('scope');
  let path: TargetPathModel | undefined;
  if (scope !== null && model.kind === 'target-path') {
    const narrowed = /^[a-z0-9_]{1,80}$/.test(scope) ? scopedTargetPath(model.path, scope) : null;
    if (!narrowed) return say(t('share.embedPage.unknownScope', { scope: scope.slice(0, 80) }), 'alert');
    path = narrowed;
    entry = withFooter(targetPathEntry(data, narrowed, labels, { theme }), entry.id);
  }

  document.title = `${entry.title} · ${t('app.title')}`;
  const page = el('main', '');
  const title = el('h1', '', entry.title);
  // A target path's description ends with its scope caveat, for images that have no other place for it. Here the
  // caveat is a note of its own (as on the dashboard), so the sentence under the chart goes without it: said once.
  const { caveat } = entry;
  const sentence = caveat && entry.description.endsWith(caveat)
    ? entry.description.slice(0, -caveat.length).trimEnd() : entry.description;
  const described = el('p', 'embed-description', sentence);
  described.id = 'embed-description';
  // The visible sentence is the chart's name; read out once, as the image, not again as a paragraph after it.
  described.setAttribute('aria-hidden', 'true');
  const chartBox = el('div', 'embed-chart');
  chartBox.setAttribute('role', 'img');
  chartBox.setAttribute('aria-labelledby', described.id);
  const canvas = el('div', 'embed-canvas');
  canvas.setAttribute('aria-hidden', 'true');
  const items = legendItems(entry.option);
  chartBox.append(canvas, ...(items.length > 0 ? [legendList(items)] : []));
  const caveatNote = caveat && !sentence.includes(caveat) ? el('p', 'embed-caveat', caveat) : null;
  caveatNote?.setAttribute('role', 'note');
  const footer = el('div', 'embed-footer');
  footer.append(...[...entry.sources, ...entry.notes].map((line) => el('p', '', line)));
  const indicator = model.kind === 'trend' ? model.series.indicator : model.path.indicator;
  const table = valuesTable(t, plottedTable(plottedRows(data, model, labels, path), lang, t, labels.unit(indicator.unit), model.kind === 'trend'));
  const section = SECTIONS.find((s) => s.categories.includes(entry.category))?.id ?? 'overview';
  page.append(title, el('p', 'embed-subtitle', entry.subtitle), ...(caveatNote ? [caveatNote] : []), chartBox, described, table, footer, backLink(t, section, cardId(model)));
  root.replaceChildren(page);

  const chart = echarts.init(canvas, null, { renderer: 'svg' });
  chart.setOption(withoutLegend(entry.option));
  // The chart follows the frame's width; the page's height follows its content and is reported on every change.
  new ResizeObserver(() => chart.resize()).observe(canvas);
  new ResizeObserver(() => reportHeight()).observe(root);
  reportHeight();
}

window.addEventListener('load', reportHeight);
void main();
