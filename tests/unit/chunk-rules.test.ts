import { describe, expect, it } from 'vitest';
import { chunkFileName, COMPILE_HINT, compileHints, wantsCompileHint, type ChunkFacts } from '../../scripts/chunkRules';

const chunk = (name: string, moduleIds: string[] = [], isEntry = false): ChunkFacts => ({ name, isEntry, moduleIds });
const ECHARTS = '/p/node_modules/echarts/lib/core/echarts.js';

describe('compile hints', () => {
  it.each([
    ['the entry', chunk('index', ['/p/src/main.tsx'], true), true],
    ['the libraries every page runs', chunk('vendor', ['/p/node_modules/react/index.js']), true],
    ['the app shell', chunk('shell'), true],
    ['the chart sections', chunk('sections'), true],
    ['ECharts, whatever the bundler names it', chunk('installSVGRenderer', ['/p/node_modules/zrender/lib/zrender.js', ECHARTS]), true],
    ['the chart component', chunk('EChartCore', ['C:\\p\\src\\charts\\EChartCore.tsx']), true],
    ['the export panel (ECharts parts loaded on a click)', chunk('ChartActionsPanel', ['/p/node_modules/echarts/lib/component/title.js']), false],
    ['the preview page', chunk('PreviewPage', ['/p/src/features/preview/PreviewPage.tsx']), false],
    ['data notes', chunk('DataNotes'), false],
  ])('%s: %s', (_what, c, wanted) => {
    expect(wantsCompileHint(c)).toBe(wanted);
  });

  it('puts the hint on the first line of the chunks that want it, after everything else has written to them', () => {
    const plugin = compileHints();
    const hook = plugin.generateBundle as { order: string; handler: (o: unknown, b: Record<string, unknown>) => void };
    expect(hook.order).toBe('post');
    const bundle: Record<string, { type: string; code?: string } & Partial<ChunkFacts>> = {
      'shell.js': { type: 'chunk', ...chunk('shell'), code: 'const __vite__mapDeps=1;' },
      'Sources.js': { type: 'chunk', ...chunk('Sources'), code: 'export{}' },
      'style.css': { type: 'asset' },
    };
    hook.handler({}, bundle);
    expect(bundle['shell.js'].code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=1;`);
    expect(bundle['Sources.js'].code).toBe('export{}');
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });
});

describe('compile hints and file names', () => {
  it('adds the hint to the hash of exactly the chunks that carry it, so a changed hint renames the file', () => {
    const augment = compileHints().augmentChunkHash as (c: ChunkFacts) => string | undefined;
    expect(augment(chunk('shell'))).toBe(COMPILE_HINT);
    expect(augment(chunk('Sources'))).toBeUndefined();
  });
});

describe('chunk file names', () => {
  it('names the ECharts chunk after ECharts and leaves the others to the bundler', () => {
    expect(chunkFileName(chunk('installSVGRenderer', [ECHARTS]))).toBe('assets/echarts-[hash].js');
    expect(chunkFileName(chunk('ChartActionsPanel', ['/p/node_modules/echarts/lib/component/title.js']))).toBe('assets/[name]-[hash].js');
  });
});
