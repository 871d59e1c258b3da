import { startTransition, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../shared/translate';
import type { Dataset } from '../../core';
import { useDataset } from '../../shared/dataset';
import { DiffView } from './DiffView';
import { FileList } from './FileList';
import { IssueList } from './IssueList';
import { EMPTY_DATASET, type PreviewProgress, type PreviewResult } from './pipeline';
import { addFiles, type Entry, type Replacement } from './selection';
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
  | { readonly kind: 'cleared' }
  | { readonly kind: 'running'; readonly progress: PreviewProgress | null }
  | { readonly kind: 'done'; readonly id: number; readonly result: PreviewResult; readonly published: Dataset }
  | { readonly kind: 'failed'; readonly message: string };

/** The files of the current check; `id` changes with every change of them, and names the run that checks them. */
interface Check {
  readonly id: number;
  readonly entries: readonly Entry<File>[];
  /** Files of the latest drop that took the place of earlier ones, said in the status until the next change. */
  readonly replaced: readonly Replacement[];
}

/** Where focus goes once the list of files has changed: a file's remove button, or the file picker. */
type FocusNext = number | 'picker' | null;

/**
 * The `/preview` page: pick or drop CSV files, see every problem (file, line, column, problem and fix), the changes
 * against the published data, and download cleaned copies. Drops add up (see `addFiles`), each file can be removed and
 * the whole check started again; every change of the files checks them all again, cancelling the run under way. Needs
 * the app's i18next (with `previewLocales` merged under `preview`) and react-query providers.
 */
export function Preview({ validate = defaultValidate, onResult }: PreviewProps) {
  const { t } = useT();
  const inputId = useId();
  const query = useDataset();
  // undefined while the published data load (a drop waits for them); null when they failed (checked on their own).
  const published = query.data ? query.data.dataset : query.isError ? null : undefined;
  const [check, setCheck] = useState<Check>({ id: 0, entries: [], replaced: [] });
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const nextKey = useRef(1);
  const picker = useRef<HTMLInputElement>(null);
  const removeButtons = useRef(new Map<number, HTMLButtonElement>());
  const focusNext = useRef<FocusNext>(null);
  const [dragging, setDragging] = useState(false);
  // The latest callbacks, so a caller passing inline functions does not restart the check on every render.
  const latest = useRef({ validate, onResult });
  useEffect(() => {
    latest.current = { validate, onResult };
  });

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

  // A removed file's button is gone: focus goes to the next file's (or the previous one's), else to the picker, rather
  // than falling to the page's start.
  useEffect(() => {
    const next = focusNext.current;
    if (next === null) return;
    focusNext.current = null;
    (next === 'picker' ? picker.current : removeButtons.current.get(next))?.focus();
  }, [check]);

  useEffect(() => {
    if (check.entries.length === 0 || published === undefined) return;
    const request = { id: check.id, files: check.entries.map((e) => e.file) };
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
  }, [check, published]);

  const add = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    const first = nextKey.current;
    nextKey.current += files.length;
    setCheck((c) => ({ id: c.id + 1, ...addFiles(c.entries, files, first) }));
    setState({ kind: 'running', progress: null });
  };

  const clear = () => {
    focusNext.current = 'picker';
    setCheck((c) => ({ id: c.id + 1, entries: [], replaced: [] }));
    setState({ kind: 'cleared' });
    latest.current.onResult?.(null);
  };

  const remove = (key: number) => {
    const i = check.entries.findIndex((e) => e.key === key);
    const next = check.entries[i + 1] ?? check.entries[i - 1];
    if (!next) {
      clear();
      return;
    }
    focusNext.current = next.key;
    setCheck((c) => ({ id: c.id + 1, entries: c.entries.filter((e) => e.key !== key), replaced: [] }));
    setState({ kind: 'running', progress: null });
  };

  const p = state.kind === 'running' ? state.progress : null;
  const done = state.kind === 'done' && state.id === check.id ? state : null;
  const changes = done
    ? done.result.diff.totals.added + done.result.diff.totals.changed + done.result.diff.totals.removed
      + done.result.diff.files.reduce((n, f) => n + f.rows.counts.added + f.rows.counts.changed + f.rows.counts.removed, 0)
    : 0;
  return (
    <div className="preview">
      <p>{t('preview.intro')}</p>
      <p className="muted">{t('preview.private')}</p>
      <div
        className={`preview-drop${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(e) => { e.preventDefault(); setDragging(true); }}
        onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }}
        onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false); }}
        onDrop={(e) => { e.preventDefault(); setDragging(false); add(e.dataTransfer.files); }}
      >
        <label htmlFor={inputId}>{t('preview.pick')}</label>
        {/* A real file input: keyboard and screen-reader users pick files the way the platform offers. */}
        <input
          ref={picker}
          id={inputId}
          type="file"
          multiple
          accept=".csv,text/csv"
          onChange={(e) => { add(e.currentTarget.files); e.currentTarget.value = ''; }}
        />
        <p aria-hidden="true">{dragging ? t('preview.dropActive') : t('preview.drop')}</p>
      </div>
      {/* Announces each new result, what a drop replaced, and a fresh start, to screen readers as they happen. */}
      <div role="status" className="preview-status">
        {state.kind === 'cleared' && <p>{t('preview.cleared')}</p>}
        {check.replaced.map((r, i) => <p key={`${r.previous}:${i}`}>{t('preview.files.replacedEarlier', { name: r.name, previous: r.previous })}</p>)}
        {state.kind === 'running' && published === undefined && <p>{t('preview.loadingPublished')}</p>}
        {state.kind === 'running' && published !== undefined && (
          <>
            <p>{p ? t(`preview.stage.${p.stage}`, { file: p.file ?? '', done: p.done + 1, total: p.total }) : t('preview.stage.validating', { done: 1, total: 1 })}</p>
            <progress aria-label={t('preview.progressLabel')} max={p?.total ?? 1} value={p?.done ?? 0} />
          </>
        )}
        {done && (
          <>
            <p>{t('preview.done', { count: done.result.files.length })}</p>
            <p>
              {done.result.issueCount === 0 ? t('preview.doneNoIssues') : t('preview.doneIssues', { count: done.result.issueCount })}{' '}
              {changes === 0 ? t('preview.doneNoChanges') : t('preview.doneChanges', { count: changes })}
            </p>
          </>
        )}
      </div>
      {state.kind === 'failed' && <p role="alert" className="error">{t('preview.failed', { message: state.message })}</p>}
      {done && <p className="preview-banner" role="note">{t('preview.banner')}</p>}
      {check.entries.length > 0 && (
        <FileList
          entries={check.entries}
          results={done ? done.result.files : null}
          running={state.kind === 'running'}
          onRemove={remove}
          onClear={clear}
          buttonRef={(key, el) => { if (el) removeButtons.current.set(key, el); else removeButtons.current.delete(key); }}
        />
      )}
      {done && (
        <>
          <IssueList key={done.id} issues={done.result.issues} count={done.result.issueCount} notices={done.result.notices} />
          <DiffView key={`diff-${done.id}`} diff={done.result.diff} before={done.published} after={done.result.dataset} />
        </>
      )}
      <Templates />
    </div>
  );
}
