/**
 * One catalog chart as a self-explaining SVG string (title, unit, sources, notes drawn in), rendered by ECharts'
 * server-side renderer. It needs no DOM, so the browser's download buttons and the unit tests run the same code.
 * Every text reaches the SVG through ECharts text elements, which escape it: data can never become markup.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendPlainComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartEntry } from './catalog';
import { exportDecoration } from './decorate';

// The dashboard's charts plus the title and graphic components the decoration adds. Registering twice is harmless,
// and these modules load only when someone exports, so the sections' own bundles stay as they are.
echarts.use([BarChart, LineChart, GridComponent, LegendPlainComponent, TooltipComponent, TitleComponent, GraphicComponent, SVGRenderer]);

/** A size in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** How to draw an exported image. */
export interface SvgOptions {
  readonly theme: 'light' | 'dark';
  /** Size the chart is laid out at (text sizes are relative to it). */
  readonly layout: Size;
  /** Size the SVG declares (same viewBox as the layout), i.e. the pixels of a PNG made from it. */
  readonly pixels: Size;
  /** No background rectangle, for placing the image on a coloured slide. */
  readonly transparent?: boolean;
  /** Font family list for every text, e.g. the page's own; double quotes are turned into single ones. */
  readonly fontFamily?: string;
}

/**
 * A copy of an ECharts option with every `fontFamily` replaced. Plain objects and arrays are copied, anything else
 * (formatter functions) is kept as it is.
 */
export function withFont<T>(value: T, family: string): T {
  if (Array.isArray(value)) return value.map((v) => withFont(v, family)) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'fontFamily' ? family : withFont(v, family)])) as T;
}

/**
 * ECharts writes the family unescaped into a double-quoted attribute, so only characters that cannot break it out
 * survive (letters of any script, digits, spaces, quotes turned single, commas, hyphens).
 */
export const safeFamily = (family: string): string => family.replaceAll('"', "'").replace(/[^\p{L}\p{N} ',_-]/gu, '');

/** The decorated option exactly as it is drawn: the caller can read the room the title and footer take. */
export function exportOption(entry: ChartEntry, o: SvgOptions) {
  const decorated = exportDecoration(entry.option, entry, o.theme, o.layout);
  const fonted = o.fontFamily ? withFont(decorated, safeFamily(o.fontFamily)) : decorated;
  return o.transparent ? { ...fonted, backgroundColor: 'transparent' } : fonted;
}

/** Renders the chart to an SVG string of `o.pixels` size whose drawing is laid out at `o.layout`. */
export function chartSvg(entry: ChartEntry, o: SvgOptions): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: o.layout.width, height: o.layout.height });
  try {
    chart.setOption(exportOption(entry, o));
    const svg = chart.renderToSVGString({ useViewBox: true });
    const root = `<svg width="${o.layout.width}" height="${o.layout.height}" `;
    // ECharts' output starts exactly so; if a new version changes that, fail loudly rather than export the wrong size.
    if (!svg.startsWith(root)) throw new Error('unexpected SVG root from ECharts');
    return `<svg width="${Math.round(o.pixels.width)}" height="${Math.round(o.pixels.height)}" ${svg.slice(root.length)}`;
  } finally {
    chart.dispose();
  }
}

/**
 * Layout for an image of the on-screen chart: its width, and its height plus the room the drawn-in title and footer
 * take, so the plot keeps the size the reader sees. Both at least 240 px so a chart on a phone still has room.
 */
export function onScreenLayout(entry: ChartEntry, chart: Size, theme: 'light' | 'dark'): Size {
  const width = Math.max(240, Math.round(chart.width));
  const probe = exportDecoration(entry.option, entry, theme, { width, height: chart.height });
  const room = (probe.grid.top ?? 0) + (probe.grid.bottom ?? 0);
  return { width, height: Math.max(240, Math.round(chart.height + room)) };
}
