// Not used here: importing the chart component makes this panel share the chart sections' exact set of ECharts
// modules, so the bundler keeps ECharts and echarts-for-react in one chunk. Without it they split in two, and every
// chart section pays about 2 KB of its size budget for the seam.
import '../charts/EChart';
import { useId, useRef, useState } from 'react';
import { useT } from './translate';
import { chartCsvRows, toCsv, type CsvWords } from '../charts/chartCsv';
import { labelsFrom, type Translate } from './catalogLabels';
import { copyPng, fileName, imagePng, imageSvg, type ImageKind, type ImageRequest } from './chartExport';
import { download } from './download';
import type { ChartPanelProps } from './chartPanelSlot';
import { EmbedDialog } from './EmbedDialog';
import { registerShareText } from './shareText';
import { useCatalog } from './useCatalog';
import { useLang } from './useLang';

type Message = { readonly text: string; readonly error: boolean } | null;

/** The buttons of {@link ChartActions}, loaded when the reader first opens them. */
export function ChartActionsPanel({ chartKey, data, theme, decal }: ChartPanelProps) {
  const { t, i18n } = useT();
  registerShareText(i18n);
  const lang = useLang();
  const found = useCatalog(data, { theme, decal }).byKey.get(chartKey);
  const [transparent, setTransparent] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const transparentId = useId();
  // A card whose chart the catalog does not list (it draws none) offers nothing rather than another chart's file.
  if (!found) return null;
  const { entry, model } = found;

  const request = (): ImageRequest => {
    // The chart drawn on this card, measured now: the 3x image is three times what the reader sees at this moment.
    const box = root.current?.closest('figure')?.querySelector('.echart')?.getBoundingClientRect();
    return { theme, transparent, onScreen: { width: box?.width || 640, height: box?.height || 260 } };
  };
  const run = async (make: () => Promise<string>, failure = (reason: string) => t('share.failed', { message: reason })) => {
    setBusy(true);
    setMessage({ text: t('share.working'), error: false });
    try {
      setMessage({ text: await make(), error: false });
    } catch (e) {
      setMessage({ text: failure(e instanceof Error ? e.message : String(e)), error: true });
    } finally {
      setBusy(false);
    }
  };
  const suffix = (kind: ImageKind) => `${kind === 'screen3x' ? '--3x' : ''}${transparent ? '--transparent' : ''}`;
  const savePng = (kind: 'slide' | 'screen3x') => run(async () => {
    const name = fileName(entry.id, suffix(kind), 'png');
    download(await imagePng(kind, entry, request()), name);
    return t('share.saved', { file: name });
  });
  const saveSvg = () => run(async () => {
    const name = fileName(entry.id, suffix('svg'), 'svg');
    download(new Blob([imageSvg('svg', entry, request()).svg], { type: 'image/svg+xml;charset=utf-8' }), name);
    return t('share.saved', { file: name });
  });
  const saveCsv = () => run(async () => {
    const name = fileName(entry.id, '', 'csv');
    const c = (k: string, p?: Record<string, string>) => t(`share.csvColumns.${k}`, p ?? {});
    const words: CsvWords = {
      header: [c('indicatorId'), c('indicator'), c('series'), c('scope'), c('period'), c('value'), c('unit'), c('source'), c('locator'), c('quote')],
      actual: c('actual'),
      target: (comparator) => c('target', { comparator }),
    };
    const csv = toCsv(words.header, chartCsvRows(data, model, labelsFrom(lang, t as Translate), words));
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
    return t('share.saved', { file: name });
  });
  const copy = () => {
    // Started inside the click, before any await: browsers only allow clipboard writes during the user's gesture.
    const png = imagePng('slide', entry, request());
    // Without a clipboard API the promise is never awaited; a handler keeps its failure from going unhandled.
    png.catch(() => undefined);
    // A refusal (no permission, no clipboard API, page not focused) is said plainly, with the download as the way out.
    void run(async () => { await copyPng(png); return t('share.copied'); }, (reason) => t('share.copyRefused', { reason }));
  };

  return (
    <div className="chart-actions-body" ref={root}>
      <div className="chart-actions-buttons" role="group" aria-label={t('chart.actions')}>
        <button type="button" disabled={busy} onClick={() => void savePng('slide')}>{t('share.pngSlide')}</button>
        <button type="button" disabled={busy} onClick={() => void savePng('screen3x')}>{t('share.png3x')}</button>
        <button type="button" disabled={busy} onClick={() => void saveSvg()}>{t('share.svg')}</button>
        <button type="button" disabled={busy} onClick={copy}>{t('share.copy')}</button>
        <button type="button" disabled={busy} onClick={() => void saveCsv()}>{t('share.csv')}</button>
        <button type="button" ref={embedButton} onClick={() => setEmbedding(true)}>{t('share.embed')}</button>
      </div>
      <label htmlFor={transparentId} className="chart-actions-option">
        <input id={transparentId} type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
        {' '}{t('share.transparent')}
      </label>
      <p role="status" className={message?.error ? 'chart-actions-message error' : 'chart-actions-message'}>{message?.text ?? ''}</p>
      {embedding && (
        <EmbedDialog id={entry.id} title={entry.title} theme={theme} onClose={() => { setEmbedding(false); embedButton.current?.focus(); }} />
      )}
    </div>
  );
}
