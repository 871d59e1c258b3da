/**
 * `npm run export -- --lang zh|en --format svg,png,pptx --out <dir> [--only id,...] [--data <dir>] [--list]`: renders
 * every dashboard chart with the browser's option builders (ECharts server-side rendering) into `<id>.svg`,
 * `<id>.png` (1920x1080) and `deck.pptx`. Exit status: 0 done, 1 data invalid (issues printed as by validate),
 * 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import i18next from 'i18next';
import { buildCatalog, type ChartEntry, type Labels } from '../charts/catalog';
import { EXPORT_LAYOUT, EXPORT_PIXELS } from '../charts/decorate';
import { chartSvg } from '../charts/exportSvg';
import { DATA_FILES, loadDataset, type DataFiles, type Lang } from '../core';
import { labelsFrom, type Translate } from '../shared/catalogLabels';
import { en } from '../shared/locales/en';
import { zh } from '../shared/locales/zh';
import { buildDeck, toPngs } from './exportRender';
import { argLang, runValidate, UsageError } from './validate';

/** The validator's usage error, shared so both CLIs map it to exit status 2. */
export { UsageError };

/** Output formats; the deck embeds the PNGs, so it renders them even when PNG files are not asked for. */
export const FORMATS = ['svg', 'png', 'pptx'] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];

/** Parsed arguments of the exporter. */
export interface ExportArgs {
  readonly lang: Lang;
  readonly formats: readonly Format[];
  readonly outDir: string;
  readonly dataDir: string;
  /** Chart ids to export; null for all. */
  readonly only: readonly string[] | null;
  /** Print the chart ids and titles instead of exporting. */
  readonly list: boolean;
  readonly cwd: string;
}

/** Parses the command line; throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[], cwd: string): ExportArgs {
  let lang: Lang = 'en';
  let formats: Format[] = [...FORMATS];
  let outDir: string | null = null;
  let dataDir = resolve(cwd, 'data');
  let only: string[] | null = null;
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError('needs_value', { value: flag });
      return v;
    };
    if (flag === '--lang') {
      const v = value();
      if (v !== 'zh' && v !== 'en') throw new UsageError('lang', { value: v });
      lang = v;
    } else if (flag === '--format') {
      const parts = value().split(',').map((s) => s.trim()).filter(Boolean);
      const bad = parts.filter((p) => !(FORMATS as readonly string[]).includes(p));
      if (bad.length > 0 || parts.length === 0) throw new UsageError('format', { formats: FORMATS.join(','), value: bad.join(',') });
      formats = FORMATS.filter((f) => parts.includes(f));
    } else if (flag === '--out') outDir = resolve(cwd, value());
    else if (flag === '--data') dataDir = resolve(cwd, value());
    else if (flag === '--only') only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--list') list = true;
    else if (flag.startsWith('-')) throw new UsageError('option', { value: flag });
    // npm swallows options given without `--` and passes on their values alone.
    else throw new UsageError('unexpected', { value: flag });
  }
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new UsageError('no_data_dir', { value: dataDir });
  if (outDir === null && !list) throw new UsageError('out_required');
  if (outDir !== null && existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError('out_is_file', { value: outDir });
  return { lang, formats, outDir: outDir ?? cwd, dataDir, only, list, cwd };
}

/**
 * Labels from the dashboard's own interface text, so images say exactly what the page says. No HTML escaping:
 * ECharts and the XML writers escape text themselves, and escaping twice would print "&lt;" literally.
 */
export function makeLabels(lang: Lang): Labels {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: lang, fallbackLng: false, ns: ['ui'], defaultNS: 'ui', resources: { en: { ui: en }, zh: { ui: zh } },
    interpolation: { escapeValue: false }, initAsync: false, returnNull: false,
  });
  return labelsFrom(lang, i18n.t.bind(i18n) as Translate);
}

const seconds = (ms: number, lang: Lang) => (lang === 'zh' ? `${(ms / 1000).toFixed(1)} 秒` : `${(ms / 1000).toFixed(1)} s`);

/** Validates the data, then writes the requested files; returns the exit status. Lines go to `print`. */
export async function runExport(args: ExportArgs, print: (line: string) => void): Promise<number> {
  const started = performance.now();
  const files = Object.fromEntries(DATA_FILES.map((f) => [f, join(args.dataDir, f)]));
  const check = runValidate({ lang: args.lang, dataDir: args.dataDir, files, cwd: args.cwd });
  if (check.status !== 0) {
    check.lines.forEach((l) => print(l));
    return 1;
  }
  const content: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(readFileSync(join(args.dataDir, f)))]));
  const { dataset } = loadDataset(content);
  const all = buildCatalog(dataset, makeLabels(args.lang));
  if (args.list) {
    all.forEach((e) => print(`${e.id}  ${e.title}`));
    return 0;
  }
  const unknown = (args.only ?? []).filter((id) => !all.some((e) => e.id === id));
  if (unknown.length > 0) throw new UsageError('unknown_chart', { value: unknown.join(', ') });
  const entries: ChartEntry[] = args.only ? all.filter((e) => args.only!.includes(e.id)) : all;
  mkdirSync(args.outDir, { recursive: true });
  const where = relative(args.cwd, args.outDir) || '.';
  const zhLang = args.lang === 'zh';

  let t0 = performance.now();
  // The browser's download buttons draw with the same function: one renderer for every exported image.
  const svgs = entries.map((e) => chartSvg(e, { theme: 'light', layout: EXPORT_LAYOUT, pixels: EXPORT_PIXELS }));
  if (args.formats.includes('svg')) {
    entries.forEach((e, i) => writeFileSync(join(args.outDir, `${e.id}.svg`), svgs[i]));
    print(zhLang ? `svg：${entries.length} 个文件，写入 ${where}（${seconds(performance.now() - t0, 'zh')}）`
      : `svg: ${entries.length} files in ${where} (${seconds(performance.now() - t0, 'en')})`);
    t0 = performance.now();
  }
  if (args.formats.includes('png') || args.formats.includes('pptx')) {
    const pngs = await toPngs(svgs);
    if (args.formats.includes('png')) {
      entries.forEach((e, i) => writeFileSync(join(args.outDir, `${e.id}.png`), pngs[i]));
      print(zhLang ? `png：${entries.length} 个文件（1920×1080），写入 ${where}（${seconds(performance.now() - t0, 'zh')}）`
        : `png: ${entries.length} files (1920x1080) in ${where} (${seconds(performance.now() - t0, 'en')})`);
      t0 = performance.now();
    }
    if (args.formats.includes('pptx')) {
      const title = `${args.lang === 'zh' ? zh.app.title : en.app.title}`;
      writeFileSync(join(args.outDir, 'deck.pptx'), await buildDeck(entries, pngs, args.lang, title));
      const path = join(where, 'deck.pptx');
      print(zhLang ? `pptx：${path}，${entries.length} 张幻灯片（${seconds(performance.now() - t0, 'zh')}）`
        : `pptx: ${path}, ${entries.length} slides (${seconds(performance.now() - t0, 'en')})`);
    }
  }
  const total = seconds(performance.now() - started, args.lang);
  print(zhLang ? `共 ${entries.length} 张图表，用时 ${total}` : `${entries.length} charts in ${total}`);
  return 0;
}

const USAGE = {
  en: 'usage: npm run export -- --out <dir> [--lang zh|en] [--format svg,png,pptx] [--only id,...] [--data <dir>] [--list]',
  zh: '用法：npm run export -- --out <文件夹> [--lang zh|en] [--format svg,png,pptx] [--only id,...] [--data <数据文件夹>] [--list]',
};

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    process.exitCode = await runExport(parseArgs(process.argv.slice(2), process.cwd()), (l) => process.stdout.write(`${l}\n`));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const lang = argLang(process.argv.slice(2));
    process.stderr.write(`export: ${e.text(lang)}\n${USAGE[lang]}\n`);
    process.exitCode = 2;
  }
}
