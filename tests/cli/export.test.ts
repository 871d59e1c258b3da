import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type ChartEntry } from '../../src/charts/catalog';
import { makeLabels, parseArgs, runExport, UsageError } from '../../src/cli/export';
import { DATA_FILES, loadDataset, type Lang } from '../../src/core';

const ROOT = join(__dirname, '../..');
const BROKEN = join(ROOT, 'tests/fixtures/broken-data');
const tmp = mkdtempSync(join(tmpdir(), 'esg-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The catalog the CLI will export, built independently from the same data folder. */
function catalogOf(dataDir: string, lang: Lang): ChartEntry[] {
  const { dataset } = loadDataset(Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(dataDir, f))])));
  return buildCatalog(dataset, makeLabels(lang));
}

async function exportTo(out: string, argv: string[], cwd = ROOT): Promise<{ status: number; lines: string[] }> {
  const lines: string[] = [];
  const status = await runExport(parseArgs([...argv, '--out', out], cwd), (l) => lines.push(l));
  return { status, lines };
}

/** An XML document, or a thrown error when the text is not well-formed XML. */
const parseXml = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document;
// ECharts wraps long text into one <text> element per line and may drop the space at a break.
const squash = (s: string) => s.replace(/\s+/g, '');
const svgText = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent).join('');
const slideText = (doc: Document) => [...doc.getElementsByTagName('a:t')].map((t) => t.textContent);

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function slides(deck: string): Promise<Document[]> {
  const zip = await JSZip.loadAsync(readFileSync(deck));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map(async (n) => parseXml(await zip.file(n)!.async('string'))));
}

describe('npm run export: the whole dataset in English, every format', () => {
  const out = join(tmp, 'full-en');
  const entries = catalogOf(join(ROOT, 'data'), 'en');
  let result: { status: number; lines: string[] };
  // The brief's budget: the full export must finish well under a minute on a 2-core machine.
  beforeAll(async () => { result = await exportTo(out, ['--lang', 'en', '--format', 'svg,png,pptx']); }, 60_000);

  it('exits 0 and prints one line per format and the total', () => {
    expect(result.status).toBe(0);
    const n = entries.length;
    expect(result.lines).toHaveLength(4);
    expect(result.lines[0]).toMatch(new RegExp(`^svg: ${n} files in .*full-en \\([\\d.]+ s\\)$`));
    expect(result.lines[1]).toMatch(new RegExp(`^png: ${n} files \\(1920x1080\\) in .*full-en \\([\\d.]+ s\\)$`));
    expect(result.lines[2]).toMatch(new RegExp(`^pptx: .*deck\\.pptx, ${n} slides \\([\\d.]+ s\\)$`));
    expect(result.lines[3]).toMatch(new RegExp(`^${n} charts in [\\d.]+ s$`));
  });

  it('writes <id>.svg and <id>.png per chart, with safe names, and one deck', () => {
    const names = readdirSync(out).sort();
    expect(names).toEqual([...entries.flatMap((e) => [`${e.id}.png`, `${e.id}.svg`]), 'deck.pptx'].sort());
    for (const n of names.filter((x) => x !== 'deck.pptx')) expect(n).toMatch(/^[a-z0-9-]+\.(svg|png)$/);
  });

  it('writes well-formed SVGs that carry the title, unit, sources and notes', () => {
    for (const e of entries) {
      const text = squash(svgText(parseXml(readFileSync(join(out, `${e.id}.svg`), 'utf8'))));
      for (const s of [e.title, e.subtitle, ...e.footer]) expect(text, `${e.id}: ${s}`).toContain(squash(s));
    }
  });

  it('writes 1920x1080 PNGs', () => {
    for (const e of entries) expect(pngSize(readFileSync(join(out, `${e.id}.png`)))).toEqual({ width: 1920, height: 1080 });
  });

  it('builds a deck with one slide per chart, in catalog order, with title and source text on each slide', async () => {
    const docs = await slides(join(out, 'deck.pptx'));
    expect(docs).toHaveLength(entries.length);
    docs.forEach((doc, i) => {
      const text = slideText(doc);
      expect(text).toContain(entries[i].title);
      for (const s of entries[i].sources) expect(text).toContain(s);
    });
  });
});

describe('npm run export: Chinese, a subset via --only', () => {
  const out = join(tmp, 'only-zh');
  const ids = ['alumina-energy-intensity--targets', 'construction-project-env-investment--group--year'];
  const entries = catalogOf(join(ROOT, 'data'), 'zh').filter((e) => ids.includes(e.id));

  it('exports only the named charts, with Chinese words in every format', async () => {
    const { status, lines } = await exportTo(out, ['--lang', 'zh', '--only', ids.join(',')]);
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(/^共 2 张图表，用时 [\d.]+ 秒$/);
    expect(readdirSync(out).sort()).toEqual([...ids.flatMap((id) => [`${id}.png`, `${id}.svg`]), 'deck.pptx'].sort());
    for (const e of entries) {
      expect(e.footer.some((l) => l.startsWith('来源：'))).toBe(true);
      const text = squash(svgText(parseXml(readFileSync(join(out, `${e.id}.svg`), 'utf8'))));
      for (const s of [e.title, e.subtitle, ...e.footer]) expect(text).toContain(squash(s));
      expect(pngSize(readFileSync(join(out, `${e.id}.png`)))).toEqual({ width: 1920, height: 1080 });
    }
    const docs = await slides(join(out, 'deck.pptx'));
    expect(docs.map((d) => slideText(d)[0])).toEqual(entries.map((e) => e.title));
  });
});

describe('npm run export: text from data stays text', () => {
  const project = join(tmp, 'payload');
  const script = '<script>alert(1)</script>';
  const formula = "=cmd|' /C calc'!A0";
  beforeAll(() => {
    cpSync(join(ROOT, 'data'), join(project, 'data'), { recursive: true });
    cpSync(join(ROOT, 'seeds'), join(project, 'seeds'), { recursive: true });
    const path = join(project, 'data/indicators.csv');
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('alumina_output,氧化铝产量,Alumina output,');
    // Not at the start of the cell: a cell that starts like a formula is a validation warning (formula_like), and the
    // export, like the build, refuses data with any issue.
    writeFileSync(path, csv.replace('alumina_output,氧化铝产量,Alumina output,', `alumina_output,氧化铝 ${formula},${script} ${formula},`));
  });

  it.each(['en', 'zh'] as const)('escapes markup and formula payloads in SVG and PPTX (%s)', async (lang) => {
    const out = join(project, `out-${lang}`);
    const id = 'alumina-output--group--year';
    const { status } = await exportTo(out, ['--lang', lang, '--format', 'svg,pptx', '--only', id, '--data', 'data'], project);
    expect(status).toBe(0);
    const title = lang === 'en' ? `${script} ${formula}` : `氧化铝 ${formula}`;
    const raw = readFileSync(join(out, `${id}.svg`), 'utf8');
    const svg = parseXml(raw);
    expect(svg.getElementsByTagName('script')).toHaveLength(0);
    expect([...svg.getElementsByTagName('text')].map((t) => t.textContent)).toContain(title);
    if (lang === 'en') expect(raw).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const [slide] = await slides(join(out, 'deck.pptx'));
    expect(slide.getElementsByTagName('script')).toHaveLength(0);
    expect(slideText(slide)[0]).toBe(title);
    expect(readdirSync(out).sort()).toEqual([`${id}.svg`, 'deck.pptx']);
  });
});

describe('npm run export: exit statuses and arguments', () => {
  const cli = (args: string[], cwd: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/export.ts'), ...args], { cwd, encoding: 'utf8' });

  it('prints the data issues exactly as validate does, and exits 1 without writing', async () => {
    const out = join(tmp, 'broken');
    const { status, lines } = await exportTo(out, ['--lang', 'en', '--data', 'data'], BROKEN);
    expect(status).toBe(1);
    expect(`${lines.join('\n')}\n`).toBe(readFileSync(join(BROKEN, 'expected-en.txt'), 'utf8'));
    const r = cli(['--data', 'data', '--out', out], BROKEN);
    expect(r.status).toBe(1);
    expect(() => readdirSync(out)).toThrow();
  }, 30_000);

  it('runs as a real process: exit 0 with files, exit 2 with usage on stderr', () => {
    const out = join(tmp, 'process');
    const ok = cli(['--lang', 'en', '--format', 'png', '--only', 'alumina-output--group--year', '--out', out], ROOT);
    expect(ok.status).toBe(0);
    expect(readdirSync(out)).toEqual(['alumina-output--group--year.png']);
    const bad = cli(['--format', 'gif', '--out', out], ROOT);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^export: --format takes svg,png,pptx, got gif\nusage: /);
  }, 30_000);

  it.each([
    [[]], [['--lang', 'fr', '--out', 'x']], [['--format', '', '--out', 'x']], [['--bogus', '--out', 'x']], [['zh', '--out', 'x']],
    [['--out', 'x', '--data', 'no/such/dir']], [['--out', 'package.json']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseArgs(argv, ROOT)).toThrow(UsageError);
  });

  it('refuses an unknown chart id with a usage error', async () => {
    await expect(exportTo(join(tmp, 'unknown'), ['--only', 'no-such-chart'])).rejects.toThrow(UsageError);
  });

  it('accepts --opt=value and lists chart ids with --list', async () => {
    expect(parseArgs(['--lang=zh', '--format=svg', '--out=x'], ROOT)).toMatchObject({ lang: 'zh', formats: ['svg'] });
    const lines: string[] = [];
    expect(await runExport(parseArgs(['--list'], ROOT), (l) => lines.push(l))).toBe(0);
    expect(lines).toContain('alumina-output--group--year  Alumina output');
  });
});
