import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

/**
 * Per section id and per language, the chunks (URLs) a page needs beyond the entry's own graph. Sections point into
 * `lists` because most of them share one list (every chart section loads the same code).
 */
export interface PreloadManifest {
  /** Prefix and suffix of every file, e.g. "/assets/" and ".js", kept out of the lists to keep the script small. */
  readonly prefix: string;
  readonly suffix: string;
  readonly lists: ReadonlyArray<readonly string[]>;
  readonly sections: Readonly<Record<string, number>>;
  readonly lang: Readonly<Record<'en' | 'zh', number>>;
}

/**
 * The boot script's text: from the address (section, lang) and the browser's languages it adds `modulepreload` links
 * for the section's chunks and the language's text. It runs as soon as it arrives (async, before the entry has
 * downloaded and run), so those chunks download alongside the entry instead of after it: on a throttled phone that
 * was a few hundred milliseconds between the data arriving and the first chart. The language rule must match
 * `initialLang` in src/shared/i18n.ts (a unit test runs both on the same cases). Plain ES5-level code, no imports.
 */
export function bootScript(manifest: PreloadManifest): string {
  return `(function (m) {
  var q = new URLSearchParams(location.search);
  var lang = q.get('lang');
  if (lang !== 'zh' && lang !== 'en') {
    lang = 'en';
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < list.length; i++) {
      var l = String(list[i]).toLowerCase();
      if (l.indexOf('zh') === 0) { lang = 'zh'; break; }
      if (l.indexOf('en') === 0) break;
    }
  }
  var section = q.get('section') || 'overview';
  var own = Object.prototype.hasOwnProperty.call(m.sections, section) ? m.lists[m.sections[section]] : [];
  var files = own.concat(m.lists[m.lang[lang]]);
  for (var j = 0; j < files.length; j++) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = m.prefix + files[j] + m.suffix;
    document.head.appendChild(link);
  }
})(${JSON.stringify(manifest)});
`.replace(/\n\s*/g, ''); // every statement ends in ; or }, so lines join safely; bytes count in every page's budget
}

type Chunk = Rollup.OutputChunk;

/** The chunk files a chunk needs, itself included, through static imports. */
function closure(bundle: Rollup.OutputBundle, start: Chunk): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const c = bundle[file];
    if (c && c.type === 'chunk') c.imports.forEach(visit);
  };
  visit(start.fileName);
  return seen;
}

/** What to preload: section ids mapped to the source modules they render, and each language's text modules. */
export interface SectionPreloadOptions {
  readonly sections: Readonly<Record<string, readonly RegExp[]>>;
  readonly lang: Readonly<Record<'en' | 'zh', readonly RegExp[]>>;
}

/**
 * Vite build plugin: computes the manifest from the bundle, writes the boot script as a content-hashed asset and puts
 * it first in <head> (async, so it never blocks parsing). Strict CSP friendly: an external file, no inline script.
 */
export function sectionPreload(options: SectionPreloadOptions): Plugin {
  let base = '/';
  let script: { fileName: string; source: string } | null = null;
  return {
    name: 'esg-section-preload',
    apply: 'build',
    configResolved(config) { base = config.base; },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
        if (!entry) throw new Error('section preload: no entry chunk for index.html');
        const inEntry = closure(bundle, entry);
        const filesFor = (patterns: readonly RegExp[]): string[] => {
          const out = new Set<string>();
          for (const p of patterns) {
            const chunk = chunks.find((c) => c.facadeModuleId !== null && p.test(c.facadeModuleId));
            if (!chunk) throw new Error(`section preload: no chunk for ${p}`);
            for (const f of closure(bundle, chunk)) {
              if (inEntry.has(f)) continue;
              if (!f.startsWith('assets/') || !f.endsWith('.js')) throw new Error(`section preload: unexpected chunk name ${f}`);
              out.add(f.slice('assets/'.length, -'.js'.length));
            }
          }
          return [...out].sort();
        };
        const lists: string[][] = [];
        const indexOf = (files: string[]): number => {
          const key = files.join(' ');
          const at = lists.findIndex((l) => l.join(' ') === key);
          return at >= 0 ? at : lists.push(files) - 1;
        };
        const manifest: PreloadManifest = {
          prefix: `${base}assets/`,
          suffix: '.js',
          lists,
          sections: Object.fromEntries(Object.entries(options.sections).map(([id, ps]) => [id, indexOf(filesFor(ps))])),
          lang: { en: indexOf(filesFor(options.lang.en)), zh: indexOf(filesFor(options.lang.zh)) },
        };
        const source = bootScript(manifest);
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        script = { fileName: `assets/preload-${hash}.js`, source };
        return [{ tag: 'script', attrs: { src: `${base}${script.fileName}`, async: true }, injectTo: 'head-prepend' }];
      },
    },
    writeBundle(outputOptions) {
      if (!script || !outputOptions.dir) return;
      mkdirSync(join(outputOptions.dir, 'assets'), { recursive: true });
      writeFileSync(join(outputOptions.dir, script.fileName), script.source);
    },
  };
}
