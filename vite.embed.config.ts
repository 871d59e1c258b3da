import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compileHints } from './scripts/chunkRules.ts';

/**
 * The embed page, `/embed/<chart-id>`, as its own build into the dashboard's dist/ (vite.config.ts starts it after the
 * dashboard's build, so `vite build` makes both). A separate build rather than a second input of the main one: shared inputs would split the
 * dashboard's chart chunk (ECharts) in two and cost every chart section bytes of its budget, while the embed needs
 * neither React nor the dashboard shell. Dev and `vite preview` serve it through vite.config.ts (rewrite of /embed/*).
 */
export default defineConfig({
  plugins: [compileHints()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { input: { embed: resolve(import.meta.dirname, 'embed/index.html') } },
  },
});
