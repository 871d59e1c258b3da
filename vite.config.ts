import { createReadStream, existsSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Connect, type Plugin } from 'vite';
import { DATA_FILES } from './src/core/contract.ts';
import { SECTIONS } from './src/app/sections.ts';
import { sectionPreload } from './scripts/sectionPreload.ts';
import { chunkFileName, compileHints } from './scripts/chunkRules.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const CSV_NAME = /^[a-z0-9_-]+\.csv$/;

/**
 * `/embed/<chart-id>` is one page for every id: the embed entry (embed/index.html) reads the id from the path. Static
 * hosts do the same with a rewrite (deploy/_redirects, deploy/nginx.conf); this does it for `vite` and `vite preview`.
 */
const embedRewrite: Connect.NextHandleFunction = (req, _res, next) => {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (/^\/embed\/[^/]+\/?$/.test(path) && path !== '/embed/index.html') req.url = `/embed/index.html${q < 0 ? '' : url.slice(q)}`;
  next();
};

/**
 * Serves `data/*.csv` at `/data/` in dev and copies them to `dist/data/` at build time. The app fetches them at run
 * time, so replacing a file on the static host changes the page without a rebuild. Unknown names get a real 404
 * (not the SPA's index.html) so the app can say which file is missing.
 */
function dataFiles(): Plugin {
  let base = '/';
  return {
    name: 'esg-data-files',
    configResolved(config) { base = config.base; },
    // Every page needs every data file: the HTML asks for them at once, in parallel with the scripts, instead of after
    // the scripts have run. `as=fetch` + `crossorigin` matches the app's own fetch, which then takes the preloaded copy.
    transformIndexHtml: () => DATA_FILES.map((f) => ({
      tag: 'link', attrs: { rel: 'preload', href: `${base}data/${f}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head',
    })),
    configurePreviewServer(server) {
      server.middlewares.use(embedRewrite);
    },
    configureServer(server) {
      server.middlewares.use(embedRewrite);
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

/**
 * After the dashboard's build, builds the embed page (vite.embed.config.ts) into the same output folder, so any
 * `vite build` yields the whole site. A build of its own, not a second input: see vite.embed.config.ts for why.
 */
function embedPage(): Plugin {
  let outDir = '';
  return {
    name: 'esg-embed-page',
    apply: 'build',
    writeBundle(options) { outDir = options.dir ?? resolve(import.meta.dirname, 'dist'); },
    async closeBundle() {
      await build({ configFile: resolve(import.meta.dirname, 'vite.embed.config.ts'), build: { outDir }, logLevel: 'warn' });
    },
  };
}

/** The code of every section that draws charts: one module and its chunk (see src/app/sectionModules.ts). */
const SECTION_MODULES = /[\\/]src[\\/]app[\\/]sectionModules\.ts$/;

export default defineConfig({
  plugins: [react(), dataFiles(), embedPage(), compileHints(), sectionPreload({
    // The same modules App.tsx's preloadSection() loads for each section. ECharts itself is not listed on purpose: it
    // is asked for after the first paint (see src/charts/EChart.tsx).
    sections: {
      ...Object.fromEntries(SECTIONS.filter((s) => s.id !== 'preview').map((s) => [s.id, [SECTION_MODULES]])),
      notes: [/[\\/]src[\\/]features[\\/]data-notes[\\/]DataNotes\.tsx$/],
      sources: [/[\\/]src[\\/]features[\\/]sources[\\/]Sources\.tsx$/],
      slides: [/[\\/]src[\\/]features[\\/]slides[\\/]Slides\.tsx$/],
    },
    lang: {
      en: [/\/src\/shared\/locales\/en\.ts$/],
      zh: [/\/src\/shared\/locales\/zh\.ts$/],
    },
  })],
  // No modulepreload polyfill: every browser that runs this ES2022 build supports modulepreload natively.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        // Few, whole chunks: left alone, the splitter cut the code into a dozen pieces of a few hundred bytes each,
        // and each request and module costs a phone several milliseconds on the way to the first chart (and bytes of
        // per-chunk overhead in the budgets). `vendor`: the libraries every page runs. `shell`: the app code the entry
        // imports, except the entry itself (main.tsx awaits the section chunk, which imports the shell: with main.tsx
        // inside, that import would wait for itself). `sections`: the code of the sections that draw charts. ECharts is not
        // grouped: the export panel's extra ECharts components must stay out of the chunk every chart section loads.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@tanstack|use-sync-external-store)[\\/]/ },
            { name: 'shell', tags: ['$initial'], test: (id: string) => !/(index\.html|[\\/]src[\\/]main\.tsx)$/.test(id) },
            { name: 'sections', test: SECTION_MODULES },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
