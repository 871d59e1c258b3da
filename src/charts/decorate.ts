/**
 * Turns a dashboard chart option into a self-explaining image: title and unit on top, source lines and data notes at
 * the bottom, all as ECharts text elements (which escape their text; nothing here builds markup), with the grid moved
 * in so nothing overlaps. Used for exports only; the page shows the same words as HTML around the chart.
 */
import { THEME_COLOURS } from './palette';

/** The words an exported image carries besides the chart. */
export interface DecorationMeta {
  readonly title: string;
  readonly subtitle: string;
  /** Printed under the chart, one paragraph each (caveat, "Source: …", "Data note: …"). */
  readonly footer: readonly string[];
}

/**
 * Layout size in CSS pixels. Exports are rasterised at twice this (1920x1080): laid out at 1920 px wide, the 12 px
 * axis labels ECharts uses would shrink to about 6 pt on a slide; at 960 px and 2x they read as 12 pt.
 */
export const EXPORT_LAYOUT = { width: 960, height: 540 } as const;

/** Slide-size pixels of exported images (16:9). */
export const EXPORT_PIXELS = { width: 1920, height: 1080 } as const;

/**
 * One font family for every exported text. Noto Sans CJK covers Latin and Chinese, so both languages look alike.
 * Single quotes on purpose: ECharts' SVG string renderer puts the family unescaped into a double-quoted attribute,
 * and the double quotes of the dashboard's family list would make the SVG ill-formed.
 */
export const EXPORT_FONT = "'Noto Sans CJK SC', 'Noto Sans', sans-serif";

const PAD = 24;
const TITLE = { size: 20, line: 26 };
const SUB = { size: 13, line: 18 };
const FOOT = { size: 11, line: 15 };

/**
 * Estimated width of a text in pixels: wide (CJK, full-width) characters take one em, others 0.58 em, a little over
 * the average Latin glyph, so the space reserved for wrapped lines errs on the large side.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58;
  return em * fontSize;
}

/** Lines a paragraph needs when wrapped to `width`, with 5% slack for breaks at word boundaries. */
export function lineCount(text: string, width: number, fontSize: number): number {
  return text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil((textWidth(p, fontSize) * 1.05) / width)), 0);
}

interface Decoratable {
  readonly grid?: object;
  readonly legend?: object;
  readonly textStyle?: object;
}

/**
 * Adds title, subtitle and a bottom text block to `option` (a copy; the input is not changed) for an image of
 * `layout` size, with an opaque background in the theme's colour so the image works on any slide.
 */
export function exportDecoration<T extends Decoratable>(
  option: T, meta: DecorationMeta, theme: 'light' | 'dark', layout: { width: number; height: number } = EXPORT_LAYOUT,
) {
  const c = THEME_COLOURS[theme];
  const inner = layout.width - 2 * PAD;
  const header = 18 + lineCount(meta.title, inner, TITLE.size) * TITLE.line + (meta.subtitle ? 6 + lineCount(meta.subtitle, inner, SUB.size) * SUB.line : 0) + 8;
  const footerText = meta.footer.join('\n');
  const footer = footerText ? lineCount(footerText, inner, FOOT.size) * FOOT.line + 12 + 10 : 12;
  const grid: { top?: number; bottom?: number; containLabel?: boolean } = { ...option.grid };
  delete grid.containLabel;
  const legend = option.legend as { bottom?: number } | undefined;
  return {
    ...option,
    backgroundColor: c.background,
    textStyle: { ...option.textStyle, fontFamily: EXPORT_FONT },
    title: {
      left: PAD, top: 18, padding: 0, itemGap: 6, text: meta.title, subtext: meta.subtitle,
      textStyle: { color: c.text, fontFamily: EXPORT_FONT, fontSize: TITLE.size, lineHeight: TITLE.line, fontWeight: 'bold', width: inner, overflow: 'break' },
      subtextStyle: { color: c.muted, fontFamily: EXPORT_FONT, fontSize: SUB.size, lineHeight: SUB.line, width: inner, overflow: 'break' },
    },
    // ECharts 6 ignores `containLabel` unless its legacy module is loaded (and warns); `outerBoundsMode: 'same'` is its
    // replacement: axis labels and names stay inside this rectangle, clear of the title and the footer. The builders'
    // top margin only made room for the axis name, which the rectangle now contains, so the header replaces it.
    grid: { ...grid, left: PAD, right: PAD, top: header + 12, bottom: footer + (grid.bottom ?? 8), outerBoundsMode: 'same' },
    ...(legend ? { legend: { ...legend, bottom: footer + (legend.bottom ?? 0) } } : {}),
    graphic: footerText ? [{
      type: 'text', left: PAD, bottom: 12, silent: true,
      style: { text: footerText, fill: c.muted, fontFamily: EXPORT_FONT, fontSize: FOOT.size, lineHeight: FOOT.line, width: inner, overflow: 'break' },
    }] : [],
  };
}
