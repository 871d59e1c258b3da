/**
 * Build-time rules about chunks that vite.config.ts applies to the bundler's output: which chunks carry a compile hint
 * and what the ECharts chunk is called. Kept here, apart from the config, so unit tests can run them on plain objects.
 */
import type { Plugin } from 'vite';

/** The parts of Rolldown's rendered chunk these rules read. */
export interface ChunkFacts {
  readonly name: string;
  readonly isEntry: boolean;
  readonly moduleIds: readonly string[];
}

/**
 * V8's explicit compile hint (Chrome 136 and later): a script that starts with this comment has all its functions
 * compiled on the thread that streams it in, instead of one by one on the main thread when each is first called.
 * Measured at 4x CPU, it took about 0.15 to 0.25 s off the first chart of the chart sections, most of it in ECharts'
 * first `setOption`, which had been compiling cold code. Other browsers read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const ECHARTS_CORE = /[\\/]node_modules[\\/]echarts[\\/]lib[\\/]core[\\/]echarts\.js$/;
const CHART_COMPONENT = /[\\/]src[\\/]charts[\\/]EChartCore\.tsx$/;
/** The groups of vite.config.ts that every chart section runs before its first chart. */
const FIRST_CHART_GROUPS = new Set(['vendor', 'shell', 'sections']);

/** Whether the chunk holds ECharts' core, the library every chart draws with (not the export panel's extra parts). */
export function isEChartsChunk(chunk: ChunkFacts): boolean {
  return chunk.moduleIds.some((id) => ECHARTS_CORE.test(id));
}

/**
 * Whether a chunk's functions are mostly called on the way to a section's first chart, so compiling all of them early
 * costs little and saves main-thread time. Chunks loaded on demand (export panel, preview, notes) are left lazy:
 * eager compilation of code that may never run would only add work.
 */
export function wantsCompileHint(chunk: ChunkFacts): boolean {
  return chunk.isEntry || FIRST_CHART_GROUPS.has(chunk.name) || isEChartsChunk(chunk)
    || chunk.moduleIds.some((id) => CHART_COMPONENT.test(id));
}

/**
 * Puts the compile hint on the first line of the chunks that want it. Last of all the output hooks, because the hint
 * must come first in the file: the minifier drops comments, and Vite's preload helper puts its own first line
 * (`__vite__mapDeps`) in front of whatever `output.banner`/`postBanner` wrote. That is after the file names were
 * hashed, so the hint also goes into the hash (`augmentChunkHash`): a build that only adds, removes or changes a hint
 * still gives the file a new name, and a browser holding the old file under the host's long-lived cache fetches it.
 */
export function compileHints(): Plugin {
  return {
    name: 'esg-compile-hints',
    apply: 'build',
    augmentChunkHash(chunk) {
      return wantsCompileHint(chunk) ? COMPILE_HINT : undefined;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && wantsCompileHint(chunk)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}

/**
 * Rolldown's `output.chunkFileNames`. Left alone, the ECharts chunk is named after whichever module the bundler
 * happens to pick (`installSVGRenderer-*.js`), which says nothing in a network panel or a size report.
 */
export function chunkFileName(chunk: ChunkFacts): string {
  return isEChartsChunk(chunk) ? 'assets/echarts-[hash].js' : 'assets/[name]-[hash].js';
}
