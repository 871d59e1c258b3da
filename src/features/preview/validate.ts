/**
 * How a preview run is executed. In the browser: a module worker, so decoding, parsing and validating a large file
 * never blocks the page (PapaParse's own `worker: true` breaks in the minified build, so it is not used). Where there
 * is no `Worker` (jsdom tests, very old browsers), the same pipeline runs inline.
 */
import type { Dataset } from '../../core';
import {
  EMPTY_DATASET, startPreview, type PreviewFileResult, type PreviewProgress, type PreviewRequest, type PreviewResult,
} from './pipeline';
import { StringTable, diffFromRefs, diffToRefs, packRows, unpackRows, type DiffRefs, type PackedRows } from './transfer';

/** Options of one run: progress reports, cleaned copies when ready, and a signal that cancels the run. */
export interface ValidateOptions {
  readonly onProgress: (p: PreviewProgress) => void;
  readonly signal: AbortSignal;
  /** Called once, after the result, with the files' cleaned copies (preparing them takes as long again). */
  readonly onCleaned?: (files: readonly PreviewFileResult[]) => void;
}

/** Runs one preview; rejects with an AbortError when cancelled, and with an Error only if the runner itself fails. */
export type ValidateFn = (req: PreviewRequest, options: ValidateOptions) => Promise<PreviewResult>;

/**
 * Rows of the previewed dataset per message. The page rebuilds each message's rows in a task of its own, so this
 * bounds that task: 10,000 observations take Chromium about 4 ms (15 ms at 4x CPU throttling).
 */
export const ROWS_PER_MESSAGE = 10_000;

/** Messages from the worker to the page, in this order: progress…, result, rows…, done, cleaned (or error). */
export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: PreviewProgress }
  | {
    readonly type: 'result';
    readonly result: Omit<PreviewResult, 'dataset' | 'diff'>;
    /** The listed changes, rows as positions in the published dataset and in the rows that follow. */
    readonly diff: DiffRefs;
  }
  | { readonly type: 'rows'; readonly key: keyof Dataset; readonly rows: PackedRows }
  | { readonly type: 'done' }
  | { readonly type: 'cleaned'; readonly files: readonly PreviewFileResult[] }
  | { readonly type: 'error'; readonly message: string };

/** The dataset in chunks of `ROWS_PER_MESSAGE` rows, so the page unpacks it in short tasks between which it can paint. */
export function* datasetChunks(dataset: Dataset): Generator<{ key: keyof Dataset; rows: readonly unknown[] }> {
  for (const key of Object.keys(dataset) as (keyof Dataset)[]) {
    const all = dataset[key];
    for (let i = 0; i < all.length; i += ROWS_PER_MESSAGE) yield { key, rows: all.slice(i, i + ROWS_PER_MESSAGE) };
  }
}

/**
 * The worker's side of a run: posts progress, the result without its rows, the rows in packed chunks, `done`, then the
 * cleaned copies. `reply` must hand over the buffers it is given with a message (postMessage's transfer list). Lives
 * here, not in the worker file, so tests can drive the real protocol through a fake Worker.
 */
export async function answer(req: PreviewRequest, reply: (m: WorkerReply, transfer?: Transferable[]) => void): Promise<void> {
  try {
    const run = await startPreview(req, (progress) => reply({ type: 'progress', progress }));
    const { dataset, diff, ...result } = run.result;
    reply({ type: 'result', result, diff: diffToRefs(diff, req.published ?? EMPTY_DATASET, dataset) });
    const strings = new StringTable();
    for (const chunk of datasetChunks(dataset)) {
      const { packed, transfer } = packRows(chunk.rows as readonly object[], strings);
      reply({ type: 'rows', key: chunk.key, rows: packed }, transfer);
    }
    reply({ type: 'done' });
    reply({ type: 'cleaned', files: run.clean() });
  } catch (err) {
    // The pipeline turns bad input into issues; this is for a runner failure (e.g. out of memory), never a file error.
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

const aborted = () => new DOMException('The preview was replaced by a newer one.', 'AbortError');

/** Runs the pipeline on the calling thread; a cancelled run's result is discarded. */
export const validateInline: ValidateFn = async (req, { onProgress, signal, onCleaned }) => {
  const run = await startPreview(req, (p) => { if (!signal.aborted) onProgress(p); });
  if (signal.aborted) throw aborted();
  // Cleaned copies after a turn of the event loop, so the result can be shown first.
  setTimeout(() => { if (!signal.aborted) onCleaned?.(run.clean()); }, 0);
  return run.result;
};

/**
 * Runs the pipeline in a new module worker. Cancelling terminates the worker, which is the only way to stop a parse
 * half-way; one worker per run also means a crashed run cannot poison the next one.
 */
export const validateInWorker: ValidateFn = (req, { onProgress, signal, onCleaned }) =>
  new Promise<PreviewResult>((resolve, reject) => {
    if (signal.aborted) {
      reject(aborted());
      return;
    }
    const worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(aborted());
    };
    signal.addEventListener('abort', onAbort);
    let partial: Extract<WorkerReply, { type: 'result' }> | null = null;
    const strings: string[] = [];
    const rows = Object.fromEntries(Object.keys(EMPTY_DATASET).map((k) => [k, [] as unknown[]])) as Record<keyof Dataset, unknown[]>;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'result') partial = m;
      else if (m.type === 'rows') unpackRows(m.rows, strings, rows[m.key]);
      else if (m.type === 'done' && partial) {
        const dataset = rows as unknown as Dataset;
        resolve({ ...partial.result, diff: diffFromRefs(partial.diff, req.published ?? EMPTY_DATASET, dataset), dataset });
      }
      else if (m.type === 'cleaned') {
        finish();
        onCleaned?.(m.files);
      } else if (m.type === 'error') {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      reject(new Error(e.message || 'The preview worker failed to start.'));
    };
    // File objects are cloned as handles: the worker, not the page, reads their bytes.
    worker.postMessage(req);
  });

/** The default runner: the module worker wherever `Worker` exists, the inline pipeline elsewhere. */
export const defaultValidate: ValidateFn = (req, options) =>
  (typeof Worker === 'undefined' ? validateInline : validateInWorker)(req, options);
