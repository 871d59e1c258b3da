import { startTransition, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../shared/translate';
import type { Dataset } from '../../core';
import { useDataset } from '../../shared/dataset';
import { formatValue } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { DiffView } from './DiffView';
import { FileList } from './FileList';
import { IssueList } from './IssueList';
import { EMPTY_DATASET, type PreviewProgress, type PreviewResult } from './pipeline';
import { Templates } from './Templates';
import { defaultValidate, type ValidateFn } from './validate';
import './preview.css';

/** Props of the preview page. Both are optional; mount it as `<Preview />` inside the app's providers. */
export interface PreviewProps {
  /**
   * Runs one check. Defaults to a module worker (inline where `Worker` does not exist). Tests pass their own to
   * control timing; it must honour the abort signal or at least let its late result be ignored.
   */
  readonly validate?: ValidateFn;
  /** Called with every finished preview (null when a run fails), e.g. to render the dashboard with `result.dataset`. */
  readonly onResult?: (result: PreviewResult | null) => void;
}

type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: PreviewProgress | null }
  | { readonly kind: 'done'; readonly id: number; readonly result: PreviewResult; readonly published: Dataset }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The `/preview` page: pick or drop CSV files, see every problem (file, line, column, problem and fix), the changes
 * against the published data, and download cleaned copies. Only the latest drop counts: a newer one cancels the run
 * of an older one. Needs the app's i18next (with `previewLocales` merged under `preview`) and react-query providers.
 */
export function Preview({ validate = defaultValidate, onResult }: PreviewProps) {
  const { t } = useT();
  const lang = useLang();
  const inputId = useId();
  const query = useDataset();
  // undefined while the published data load (a drop waits for them); null when they failed (checked on their own).
  const published = query.data ? query.data.dataset : query.isError ? null : undefined;
  const [request, setRequest] = useState<{ id: number; files: readonly File[] } | null>(null);
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  // The latest callbacks, so a caller passing inline functions does not restart the check on every render.
  const latest = useRef({ validate, onResult });
  useEffect(() => {
    latest.current = { validate, onResult };
  });

  // A page's first formatted number loads Intl's locale data (11 ms, 45 ms at 4x CPU throttling): done while the page
  // is idle, rather than in the task that draws a check's result.
  useEffect(() => {
    const warmUp = () => void formatValue('0', lang);
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(warmUp, 0);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(warmUp);
    return () => cancelIdleCallback(id);
  }, [lang]);

  // A file dropped just outside the zone would otherwise replace the page with the CSV's text, losing the preview.
  useEffect(() => {
    const keep = (e: DragEvent) => { if (Array.from(e.dataTransfer?.types ?? []).includes('Files')) e.preventDefault(); };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  useEffect(() => {
    if (!request || published === undefined) return;
    const controller = new AbortController();
    const live = () => !controller.signal.aborted;
    latest.current.validate({ files: request.files, published }, {
      signal: controller.signal,
      onProgress: (progress) => { if (live()) setState({ kind: 'running', progress }); },
      onCleaned: (files) => {
        if (live()) setState((s) => (s.kind === 'done' && s.id === request.id ? { ...s, result: { ...s.result, files } } : s));
      },
    }).then((result) => {
      if (!live()) return;
      // A transition: React then renders the long result in slices between which the page can paint and answer input.
      startTransition(() => {
        setState({ kind: 'done', id: request.id, result, published: published ?? EMPTY_DATASET });
        latest.current.onResult?.(result);
      });
    }, (err: unknown) => {
      if (!live()) return; // a replaced run: its AbortError is expected
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
      latest.current.onResult?.(null);
    });
    return () => controller.abort();
  }, [request, published]);

  const start = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setRequest((r) => ({ id: (r?.id ?? 0) + 1, files }));
    setState({ kind: 'running', progress: null });
  };

  const p = state.kind === 'running' ? state.progress : null;
  return (
    <div className="preview">
      <p>{t('preview.intro')}</p>
      <p className="muted">{t('preview.private')}</p>
      <div
        className={`preview-drop${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(e) => { e.preventDefault(); setDragging(true); }}
        onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }}
        onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false); }}
        onDrop={(e) => { e.preventDefault(); setDragging(false); start(e.dataTransfer.files); }}
      >
        <label htmlFor={inputId}>{t('preview.pick')}</label>
        {/* A real file input: keyboard and screen-reader users pick files the way the platform offers. */}
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,text/csv"
          onChange={(e) => { start(e.currentTarget.files); e.currentTarget.value = ''; }}
        />
        <p aria-hidden="true">{dragging ? t('preview.dropActive') : t('preview.drop')}</p>
      </div>
      <div role="status" className="preview-status">
        {state.kind === 'running' && published === undefined && <p>{t('preview.loadingPublished')}</p>}
        {state.kind === 'running' && published !== undefined && (
          <>
            <p>{p ? t(`preview.stage.${p.stage}`, { file: p.file ?? '', done: p.done + 1, total: p.total }) : t('preview.stage.validating', { done: 1, total: 1 })}</p>
            <progress aria-label={t('preview.progressLabel')} max={p?.total ?? 1} value={p?.done ?? 0} />
          </>
        )}
        {state.kind === 'done' && <p>{t('preview.done', { count: state.result.files.length })}</p>}
      </div>
      {state.kind === 'failed' && <p role="alert" className="error">{t('preview.failed', { message: state.message })}</p>}
      {state.kind === 'done' && (
        <>
          <p className="preview-banner" role="note">{t('preview.banner')}</p>
          <FileList files={state.result.files} />
          <IssueList key={state.id} issues={state.result.issues} count={state.result.issueCount} notices={state.result.notices} />
          <DiffView key={`diff-${state.id}`} diff={state.result.diff} before={state.published} after={state.result.dataset} />
        </>
      )}
      <Templates />
    </div>
  );
}
