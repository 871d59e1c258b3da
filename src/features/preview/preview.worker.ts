/**
 * The preview's module worker: receives the dropped files (as File handles) and the published dataset, and answers
 * with progress, the result, the previewed rows in packed chunks, then the cleaned copies (see `answer` and
 * `WorkerReply`). Started by `validateInWorker`, one worker per run.
 */
import type { PreviewRequest } from './pipeline';
import { answer } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<PreviewRequest>) => {
  void answer(e.data, (m, transfer = []) => scope.postMessage(m, transfer));
};
