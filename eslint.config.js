import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next', 'echarts', 'echarts/*',
  'echarts-for-react', 'echarts-for-react/*', '@tanstack/*'];

export default tseslint.config(
  { ignores: ['tmp-*/**', 'dist', 'node_modules', 'coverage', '.preview-check'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', {
        // i18next's own `t` is many times slower than useT's on a cold first render (src/shared/translate.ts).
        selector: "VariableDeclarator[init.callee.name='useTranslation'] > ObjectPattern > Property[key.name='t']",
        message: 'Take `t` from useT() (src/shared/translate.ts), which gives the same text faster.',
      }, {
        // The first Intl formatter or locale-aware comparison of a page loads ICU data: 0.1-0.2 s at 4x CPU.
        selector: "MemberExpression[object.name='Intl'], CallExpression[callee.property.name=/^(localeCompare|toLocaleString|toLocaleDateString|toLocaleTimeString)$/]",
        message: 'No Intl or toLocale*/localeCompare in the app: use src/core/numberText.ts, compareText or listText (they match Intl, tested).',
      }],
    },
  },
  {
    // The core runs in Node and the browser alike: no UI, no DOM, no Node built-ins, nothing from the layers below it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...UI_PACKAGES, 'node:*', 'fs', 'path'], message: 'src/core is pure TypeScript (no UI, DOM or Node APIs).' },
        { group: ['**/charts/**', '**/features/**', '**/app/**', '**/shared/**', '**/cli/**'], message: 'src/core imports nothing from the layers below it.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator', 'process'],
    },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/app/**', '**/shared/**', '**/cli/**', 'react-i18next', 'i18next'], message: 'src/charts may import only src/core.' },
      ] }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/app/**', '**/cli/**'], message: 'src/shared may import only src/core and src/charts.' },
      ] }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', '@tanstack/*', '**/features/**', '**/app/**', '**/useLang', '**/dataset', '**/url'], message: 'src/cli runs in Node: core, charts and React-free shared modules only.' },
      ] }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/app/**', '**/cli/**'], message: 'Features do not import each other; src/app composes them.' },
      ] }],
    },
  },
  {
    // The page shell's modules (everything main.tsx loads before a section's own chunk) and the Sources section. A value
    // imported through the core's index pulls every module the index re-exports into the importer's chunk, used there
    // or not; the shell budget counts what every section loads, and Sources is the section that loads no more than the
    // shell. Through the index, 1.5 KB of gzip (metrics, periods, convert, names) was in the shell (2026-11). Import
    // values from the core file that defines them.
    files: ['src/main.tsx', 'src/app/{App.tsx,preloadable.ts,sections.ts}', 'src/charts/afterPaint.ts',
      'src/features/data-issues/DataIssues.tsx', 'src/features/sources/Sources.tsx',
      'src/shared/{dataset,i18n,useLang,url,translate,settleNavigation,chartPanelSlot}.ts', 'src/shared/Deferred.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { regex: '^(\\.\\./)+core$', allowTypeImports: true, message: 'Shell module: import values from the core file that defines them (src/core/dataset, …), not the index.' },
      ] }],
    },
  },
);
