/**
 * The browser half of chart exports: SVG strings from src/charts/exportSvg become files, PNGs (through an <img> and a
 * <canvas>, so the page's own fonts draw the text) and clipboard items. Loaded only when a reader asks for a file.
 */
import type { ChartEntry } from '../charts/catalog';
import { chartSvg, onScreenLayout, type Size } from '../charts/exportSvg';
import { EXPORT_LAYOUT, EXPORT_PIXELS } from '../charts/decorate';

/** The image formats a chart card offers. */
export type ImageKind = 'slide' | 'screen3x' | 'svg';

/** What an image needs besides the chart. */
export interface ImageRequest {
  readonly theme: 'light' | 'dark';
  readonly transparent: boolean;
  /** The chart as the reader sees it, for the 3× image. */
  readonly onScreen: Size;
}

/** The page's font list, so exported text uses the fonts the reader's browser already draws the page with. */
export const pageFont = (): string => getComputedStyle(document.documentElement).fontFamily;

/** Layout and pixel size of each kind: slides at 960x540 drawn at 2x (12 px labels read as 12 pt on a slide). */
export function sizes(kind: ImageKind, entry: ChartEntry, r: ImageRequest): { layout: Size; pixels: Size } {
  if (kind !== 'screen3x') return { layout: EXPORT_LAYOUT, pixels: EXPORT_PIXELS };
  const layout = onScreenLayout(entry, r.onScreen, r.theme);
  return { layout, pixels: { width: layout.width * 3, height: layout.height * 3 } };
}

/** The SVG text of an image, sized for `kind`. */
export function imageSvg(kind: ImageKind, entry: ChartEntry, r: ImageRequest): { svg: string; pixels: Size } {
  const { layout, pixels } = sizes(kind, entry, r);
  return { svg: chartSvg(entry, { theme: r.theme, layout, pixels, transparent: r.transparent, fontFamily: pageFont() }), pixels };
}

/** Rasterises an SVG string to a PNG of exactly `pixels`, drawing the vector at that size (crisp, not upscaled). */
export async function svgToPng(svg: string, pixels: Size): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(pixels.width, pixels.height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels.width;
    canvas.height = pixels.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, pixels.width, pixels.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A PNG of the chart. */
export async function imagePng(kind: Exclude<ImageKind, 'svg'>, entry: ChartEntry, r: ImageRequest): Promise<Blob> {
  const { svg, pixels } = imageSvg(kind, entry, r);
  return svgToPng(svg, pixels);
}

/**
 * Puts a PNG on the clipboard. The ClipboardItem gets the promise of the blob, not the blob, so the write starts within
 * the click (Safari refuses writes that start after an await). Rejects with the browser's reason when it refuses.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('clipboard not available');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/**
 * File names come from the catalog id only ([a-z0-9-], checked again here), never from titles or other data text.
 */
export function fileName(id: string, suffix: string, ext: 'png' | 'svg' | 'csv'): string {
  const safe = /^[a-z0-9-]+$/.test(id) ? id : 'chart';
  return `${safe}${suffix}.${ext}`;
}
