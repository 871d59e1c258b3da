import { createReadStream, existsSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const CSV_NAME = /^[a-z0-9_-]+\.csv$/;

/**
 * Serves `data/*.csv` at `/data/` in dev and copies them to `dist/data/` at build time. The app fetches them at run
 * time, so replacing a file on the static host changes the page without a rebuild. Unknown names get a real 404
 * (not the SPA's index.html) so the app can say which file is missing.
 */
function dataFiles(): Plugin {
  return {
    name: 'esg-data-files',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
        const path = join(DATA_DIR, name);
        if (!CSV_NAME.test(name) || !existsSync(path)) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(path).pipe(res);
      });
    },
    writeBundle(options) {
      const out = join(options.dir ?? resolve(import.meta.dirname, 'dist'), 'data');
      mkdirSync(out, { recursive: true });
      for (const f of readdirSync(DATA_DIR)) if (CSV_NAME.test(f)) copyFileSync(join(DATA_DIR, f), join(out, f));
    },
  };
}

export default defineConfig({
  plugins: [react(), dataFiles()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1' },
});
