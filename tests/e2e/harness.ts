import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { serveStatic } from './staticHost';

const ROOT = join(import.meta.dirname, '../..');

/** The build under test: `dist/`, or `ESG_DIST` to test a build made elsewhere (`vite build --outDir X`). */
export const DIST = process.env.ESG_DIST ?? join(ROOT, 'dist');

/** Debian's Chromium; browser downloads are impossible here, so the system package is the browser under test. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags every browser of the tests and benches starts with (no sandbox: CI runs as root in a container). */
export const CHROMIUM_ARGS: readonly string[] = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** The built site served on 127.0.0.1 and one headless Chromium. */
export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  newPage(options?: { locale?: string; width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

function requireBuild(outDir: string): void {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} has no build: run \`npm run build\` first`);
}

/** Serves a build with `vite preview` on 127.0.0.1 and a free port (for tools that bring their own browser). */
export async function servePreview(outDir: string = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  requireBuild(outDir);
  const server: PreviewServer = await preview({
    root: ROOT, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/**
 * Serves a build as the static host does: deploy/_headers and deploy/_redirects applied, text gzipped once per file
 * (tests/e2e/staticHost.ts). What the benches measure: the site as shipped, not a dev tool's server.
 */
export function serveAsHost(outDir: string = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  requireBuild(outDir);
  return serveStatic(outDir, join(ROOT, 'deploy'), { gzip: true });
}

/**
 * Starts a server on a free port and launches Chromium. Requires `npm run build` first. `outDir` serves a copy of the
 * build instead (for tests that replace files in it, as a static host would); `ESG_DIST` changes the default, so two
 * people (or agents) can build and test side by side (`vite build --outDir X` then `ESG_DIST=X`). `server`: `vite
 * preview` (the default, which the tests use) or `host` (`serveAsHost`, which the benches use).
 */
export async function start({ outDir = DIST, server = 'preview' }: { outDir?: string; server?: 'preview' | 'host' } = {}): Promise<Harness> {
  const { url, close: closeServer } = await (server === 'host' ? serveAsHost(outDir) : servePreview(outDir));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  return {
    url,
    browser,
    async newPage({ locale = 'en-US', width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ locale, viewport: { width, height } });
      const page = await context.newPage();
      page.on('pageerror', (e) => { throw e; });
      return page;
    },
    async close() {
      await browser.close();
      await closeServer();
    },
  };
}
