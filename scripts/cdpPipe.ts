/**
 * A bare DevTools-protocol client for the bench's timings: Debian's Chromium started with `--remote-debugging-pipe`,
 * spoken to over its two pipes (file descriptors 3 and 4, one JSON message per NUL-terminated chunk). No dependency.
 *
 * Why not Playwright, which the rest of the bench and the browser tests use: on every page it drives, Playwright runs
 * work of its own on the renderer's main thread (an isolated JavaScript world per frame, runtime, network and
 * lifecycle event reporting). With the CPU throttled 4x that work is throttled too and fell between navigation and
 * the first chart: measured on the same build, loads driven through Playwright drew their first chart 0.1–0.18 s
 * later than loads driven through this client, which enables only what a timing needs (Page, for the script that
 * watches the charts; Emulation, for the viewport and the throttling).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** A protocol error or a browser that went away, with the method that met it. */
export class CdpError extends Error {}

/** One connection to a browser: send commands, to the browser itself or (with `sessionId`) to an attached page. */
export interface CdpBrowser {
  send(method: string, params?: object, sessionId?: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Starts Chromium headless with its protocol on pipes; `args` are the bench's usual flags. */
export async function launchOverPipe(executable: string, args: readonly string[]): Promise<CdpBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'esg-bench-'));
  const proc: ChildProcess = spawn(executable, [...args, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = proc.stdio[3] as Writable;
  const fromBrowser = proc.stdio[4] as Readable;
  const waiting = new Map<number, { method: string; resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let buffered = '';
  const failAll = (why: string) => {
    for (const [, w] of waiting) w.reject(new CdpError(`${w.method}: ${why}`));
    waiting.clear();
  };
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      const w = message.id === undefined ? undefined : waiting.get(message.id);
      if (!w) continue; // an event: the timings read the page's own clock instead
      waiting.delete(message.id!);
      if (message.error) w.reject(new CdpError(`${w.method}: ${message.error.message}`));
      else w.resolve(message.result ?? {});
    }
  });
  proc.on('exit', () => failAll('the browser exited'));
  const browser: CdpBrowser = {
    send(method, params = {}, sessionId) {
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { method, resolve, reject });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    async close() {
      await browser.send('Browser.close').catch(() => undefined);
      if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  // The first answer proves the pipe works (and waits for the browser to be up).
  await browser.send('Browser.getVersion');
  return browser;
}

/** A page in a fresh browser context (no cache, no storage), attached for commands. */
export interface CdpPage {
  readonly sessionId: string;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Opens about:blank in a new browser context, at the given viewport and CPU throttling rate. */
export async function openPage(browser: CdpBrowser, { width, height, rate }: { width: number; height: number; rate: number }): Promise<CdpPage> {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
  await browser.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
  await browser.send('Emulation.setCPUThrottlingRate', { rate }, sessionId);
  // Page: scripts added for new documents run only with it enabled.
  await browser.send('Page.enable', {}, sessionId);
  return {
    sessionId,
    async evaluate<T>(expression: string): Promise<T> {
      const r = await browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId) as {
        result: { value?: T }; exceptionDetails?: { text: string };
      };
      if (r.exceptionDetails) throw new CdpError(`Runtime.evaluate: ${r.exceptionDetails.text}`);
      return r.result.value as T;
    },
    async close() {
      await browser.send('Target.closeTarget', { targetId });
      await browser.send('Target.disposeBrowserContext', { browserContextId });
    },
  };
}
