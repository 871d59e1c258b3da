/**
 * The export's Node-only renderers: SVG to PNG with sharp, and the PPTX deck with pptxgenjs (the SVGs come from
 * src/charts/exportSvg.ts, shared with the browser).
 * Every text from data reaches the files only through ECharts text elements and pptxgenjs text runs, which escape it.
 */
import { availableParallelism } from 'node:os';
import PptxGenJS from 'pptxgenjs';
import sharp from 'sharp';
import type { ChartEntry } from '../charts/catalog';
import { EXPORT_PIXELS } from '../charts/decorate';
import type { Lang } from '../core';



/** Rasterises slide-size SVGs to PNGs, a few at a time (librsvg finds the CJK fonts through fontconfig). */
export async function toPngs(svgs: readonly string[]): Promise<Buffer[]> {
  const out: Buffer[] = new Array(svgs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < svgs.length; i = next++) {
      const { data, info } = await sharp(Buffer.from(svgs[i])).png().toBuffer({ resolveWithObject: true });
      if (info.width !== EXPORT_PIXELS.width || info.height !== EXPORT_PIXELS.height) {
        throw new Error(`PNG came out ${info.width}x${info.height}, expected ${EXPORT_PIXELS.width}x${EXPORT_PIXELS.height}`);
      }
      out[i] = data;
    }
  };
  // Each image is mostly single-threaded work in libvips; one per core keeps both cores busy without piling up memory.
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return out;
}

// LAYOUT_WIDE is 13.333 x 7.5 inches (16:9). The chart image keeps its own 16:9 ratio between title and footer.
const SLIDE = { w: 13.333, title: { y: 0.2, h: 0.7 }, image: { y: 0.95, h: 5.55 }, footer: { y: 6.55, h: 0.85 } };
const MARGIN = 0.4;

/**
 * One slide per chart: a real title placeholder (so outlines and screen readers see it), the PNG with the chart's
 * description as alt text, the caveat, source lines and notes as text, and the description as speaker notes.
 */
export async function buildDeck(entries: readonly ChartEntry[], pngs: readonly Buffer[], lang: Lang, deckTitle: string): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deckTitle;
  const fontFace = lang === 'zh' ? 'Microsoft YaHei' : 'Arial';
  const textLang = lang === 'zh' ? 'zh-CN' : 'en-US';
  pptx.defineSlideMaster({
    title: 'CHART',
    background: { color: 'FFFFFF' },
    objects: [{
      placeholder: {
        options: { name: 'title', type: 'title', x: MARGIN, y: SLIDE.title.y, w: SLIDE.w - 2 * MARGIN, h: SLIDE.title.h, fontFace, fontSize: 24, bold: true, color: '1A1A1A' },
        text: '',
      },
    }],
  });
  const imageW = SLIDE.image.h * (EXPORT_PIXELS.width / EXPORT_PIXELS.height);
  entries.forEach((e, i) => {
    const slide = pptx.addSlide({ masterName: 'CHART' });
    slide.addText(e.title, { placeholder: 'title', lang: textLang });
    slide.addImage({
      data: `data:image/png;base64,${pngs[i].toString('base64')}`, altText: e.description,
      x: (SLIDE.w - imageW) / 2, y: SLIDE.image.y, w: imageW, h: SLIDE.image.h,
    });
    slide.addText(e.footer.map((text) => ({ text, options: { breakLine: true } })), {
      x: MARGIN, y: SLIDE.footer.y, w: SLIDE.w - 2 * MARGIN, h: SLIDE.footer.h,
      fontFace, fontSize: 10, color: '555555', valign: 'top', fit: 'shrink', lang: textLang,
    });
    slide.addNotes(e.description);
  });
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
