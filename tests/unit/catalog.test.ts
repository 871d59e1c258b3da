import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, chartId, type ChartEntry } from '../../src/charts/catalog';
import { exportDecoration, EXPORT_LAYOUT, lineCount } from '../../src/charts/decorate';
import { describeTrend } from '../../src/charts/describe';
import { planBaseline, type Series } from '../../src/charts/series';
import { makeLabels } from '../../src/cli/export';
import { CATEGORIES, DATA_FILES, loadDataset, periodKind, type DataFiles, type Dataset } from '../../src/core';
import { targetGroups } from '../../src/features/target-progress/model';

const ROOT = join(__dirname, '../..');
const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
const { dataset } = loadDataset(files);
const en = buildCatalog(dataset, makeLabels('en'));
const zh = buildCatalog(dataset, makeLabels('zh'));
const byId = (c: readonly ChartEntry[], id: string) => c.find((e) => e.id === id)!;

describe('chart catalog on the bundled data', () => {
  it('gives every chart a unique, safe id, the same in both languages', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(new Set(en.map((e) => e.id)).size).toBe(en.length);
    for (const e of en) expect(e.id).toMatch(/^[a-z0-9-]+$/);
    expect(zh.map((e) => e.id)).toEqual(en.map((e) => e.id));
  });

  it('has a trend chart for every indicator with two or more periods in one scope and period kind', () => {
    const periods = new Map<string, Set<string>>();
    for (const o of dataset.observations) {
      const id = chartId(o.indicatorId, o.scopeId, periodKind(o.period)!);
      periods.set(id, (periods.get(id) ?? new Set()).add(o.period));
    }
    const expected = [...periods].filter(([, p]) => p.size >= 2).map(([id]) => id).sort();
    expect(en.filter((e) => e.kind === 'trend').map((e) => e.id).sort()).toEqual(expected);
  });

  it('has a target path for every indicator with two or more targets', () => {
    const counts = new Map<string, number>();
    for (const t of dataset.targets) counts.set(t.indicatorId, (counts.get(t.indicatorId) ?? 0) + 1);
    const expected = [...counts].filter(([, n]) => n >= 2).map(([id]) => chartId(id, 'targets')).sort();
    expect(en.filter((e) => e.kind === 'target-path').map((e) => e.id).sort()).toEqual(expected);
  });

  it('gives every chart a title, a unit subtitle, a source line and a description, all in the footer it prints', () => {
    for (const [catalog, source, unit] of [[en, 'Source: ', 'Unit: '], [zh, '来源：', '单位：']] as const) {
      for (const e of catalog) {
        expect(e.title).not.toBe('');
        expect(e.subtitle.startsWith(unit)).toBe(true);
        expect(e.sources.length).toBeGreaterThan(0);
        for (const s of e.sources) expect(s.startsWith(source)).toBe(true);
        expect(e.footer).toEqual(expect.arrayContaining([...e.sources]));
        expect(e.description).toMatch(/[.。]$/);
      }
    }
  });


  it.each([
    ['en', 'donations_total', 'Total donations (appendix figure) rose from CNY\u00a044.057\u00a0million in 2001 to CNY\u00a068.18\u00a0million in 2020 (+54.8%). This is an improvement.'],
    // Chinese: a space between a Chinese character and a digit, none after the full-width stop; a number and its unit
    // never part at a line break.
    ['zh', 'donations_total', '捐赠总额（附录口径）由 2001 年的 4,405.7\u00a0万元上升至 2020 年的 6,818\u00a0万元（+54.8%）。表现改善。'],
    // From zero there is no percentage change, and no empty brackets either.
    ['en', 'wind_power_capacity', 'Installed wind power capacity rose from 0\u00a0MW in 2001 to 1,610\u00a0MW in 2020. This is an improvement.'],
    ['zh', 'wind_power_capacity', '风力发电装机容量由 2001 年的 0\u00a0万千瓦上升至 2020 年的 161\u00a0万千瓦。表现改善。'],
    // Each number has its unit: a percentage follows it, as the sources print it.
    ['en', 'water_reuse_rate', 'Water reuse rate rose from 87.68% in 2001 to 92.92% in 2020 (+5.24 pp). This is an improvement.'],
    ['zh', 'water_reuse_rate', '重复用水率由 2001 年的 87.68% 上升至 2020 年的 92.92%（+5.24 个百分点）。表现改善。'],
    // Unchanged: no verb that would have to agree with a plural name ("… events was 0").
    ['en', 'major_env_and_occupational_hazard_events', 'Environmental incidents and occupational-hazard events of \'relatively major\' grade or above: 0 in every year shown, from 2018 to 2020.'],
    // A rank is a position: both positions and the verdict, no percentage change, no "fell" for a better place.
    ['en', 'fortune_global_500_rank', 'Fortune Global 500 rank: 436th in 2011 and 217th in 2020. This is an improvement.'],
    ['zh', 'fortune_global_500_rank', '《财富》世界 500 强排名：2011 年第 436 位，2020 年第 217 位。表现改善。'],
  ] as const)('describes a trend in one %s sentence with its judgement, spaced as the language is (%s)', (lang, id, sentence) => {
    expect(byId(lang === 'en' ? en : zh, chartId(id, 'group', 'year')).description).toBe(sentence);
  });

  it('never puts a space after a Chinese full stop or runs a Chinese character into a digit in a description', () => {
    for (const e of zh) {
      expect(e.description, e.id).not.toMatch(/。 /);
      expect(e.description.replace(/“[^”]*”/g, ''), e.id).not.toMatch(/[\u4e00-\u9fff][0-9]/);
    }
  });

  it('prints a marker per data note on the indicator, naming its kind, so a changed definition or scope says so', () => {
    const ids = new Set(dataset.notes.filter((n) => n.kind === 'definition' || n.kind === 'scope').flatMap((n) => n.indicatorIds));
    const qualified = en.filter((e) => ids.has(e.indicatorId));
    expect(qualified.length).toBeGreaterThan(0);
    for (const [catalog, marker] of [[en, /^Data note \((Contradiction|Implausible figure|Definition|Scope)\): ./], [zh, /^数据说明（(前后矛盾|数字存疑|口径|范围)）：./]] as const) {
      for (const e of catalog) {
        const notes = dataset.notes.filter((n) => n.indicatorIds.includes(e.indicatorId));
        expect(e.notes, e.id).toHaveLength(notes.length);
        for (const line of e.notes) expect(line).toMatch(marker);
        expect(e.footer).toEqual(expect.arrayContaining([...e.notes]));
      }
    }
    const path = byId(en, chartId('aluminium_ac_power', 'targets'));
    expect(path.notes).toContain('Data note (Scope): Existing-smelter targets are above the H1 2020 baseline');
  });

  it('describes a target path with the dashboard\'s sentence, judged as of a given period, and its scope caveat', () => {
    const at = (asOf: string, lang: 'en' | 'zh') => byId(buildCatalog(dataset, makeLabels(lang), { asOf }), chartId('aluminium_ac_power', 'targets')).description;
    expect(at('2026', 'en')).toBe('AC power consumption per tonne of molten primary aluminium: from 13,066 kWh/t (H1 2020, the whole Chinalco '
      + 'group), the plan aims for at most 13,180 kWh/t by 2025 for existing electrolytic aluminium smelters and at most 12,745 kWh/t '
      + 'by 2021 for electrolysis cells retrofitted at overhaul; none of its 4 milestones has a figure for its own scope. The baseline '
      + '13,066 kWh/t (H1 2020) is for the whole Chinalco group, while these targets apply to existing electrolytic aluminium smelters '
      + 'and electrolysis cells retrofitted at overhaul. The chart shows both for orientation; it does not judge that figure against them.');
    expect(at('2020-H1', 'en')).toContain('; none of its 4 milestones is due yet.');
    // A mix of statuses is counted, in STATUS_ORDER.
    expect(at('2021-H2', 'en')).toContain('; of its 4 milestones, 1 not yet due and 3 without a figure for their scope.');
    expect(at('2021-H2', 'zh')).toContain('；4 个节点目标中，1 个未到期和 3 个缺少该范围的数据。');
    // A count in English is the bare number ("18 count" is not English); Chinese keeps its measure word.
    const rights = (lang: 'en' | 'zh') => byId(buildCatalog(dataset, makeLabels(lang)), chartId('mining_rights_overlap_rectified', 'targets')).description;
    expect(rights('en')).toContain('the plan aims for 18 by Dec 2023 for the whole Chinalco group, 5 by Dec 2022 for');
    expect(rights('zh')).toContain('中铝集团整体 2023 年 12 月为 18 个');
    expect(at('2020-H1', 'zh')).toContain('；4 个节点目标均未到期。基准值 13,066 千瓦时/吨（2020 年上半年）属于中铝集团整体');
    // A floor and a ceiling at one deadline are one target, a range; either bound alone would misstate it.
    const weight = (lang: 'en' | 'zh') => byId(buildCatalog(dataset, makeLabels(lang)), chartId('env_weight_in_performance_assessment', 'targets')).description;
    expect(weight('en')).toMatch(/the plan aims for between 2% and 8% by Apr 2021 for [^,;]+, /);
    expect(weight('zh')).toMatch(/按计划，\S+ 2021 年 4 月在 2% 至 8% 之间、/);
  });

  it('starts target paths from the same baseline as the target-progress model', () => {
    for (const g of targetGroups(dataset, CATEGORIES, '2026')) {
      for (const r of g.rows) expect(planBaseline(dataset.observations, r.target)).toBe(r.planBaseline);
    }
  });

  it('pairs values with their unit: English plots million t where the source prints 万吨', () => {
    const opt = (c: readonly ChartEntry[]) => byId(c, 'alumina-output--group--year').option as { yAxis: { name: string }; series: Array<{ data: Array<{ value: number }> }> };
    expect(opt(en).yAxis.name).toBe('million t');
    expect(opt(en).series[0].data[0].value).toBe(16.96);
    expect(opt(zh).yAxis.name).toBe('万吨');
    expect(opt(zh).series[0].data[0].value).toBe(1696);
  });

  it('carries the scope caveat of target paths measured from a group baseline', () => {
    const e = byId(en, 'alumina-energy-intensity--targets');
    expect(e.caveat).toMatch(/^The baseline .* is for the whole Chinalco group,/);
    expect(e.footer[0]).toBe(e.caveat);
  });
});

describe('chart ids from hostile or clashing data', () => {
  const payload = '<script>alert(1)</script>';
  const ind = dataset.indicators.find((i) => i.indicatorId === 'alumina_output')!;
  const obs = dataset.observations.filter((o) => o.indicatorId === 'alumina_output');
  const twin = (id: string) => ({
    indicators: [{ ...ind, indicatorId: id, nameEn: payload, nameZh: "=cmd|' /C calc'!A0" }],
    observations: obs.map((o) => ({ ...o, indicatorId: id })),
  });
  const a = twin('x_y');
  const b = twin('x__y');
  const data: Dataset = { ...dataset, indicators: [...a.indicators, ...b.indicators], observations: [...a.observations, ...b.observations], notes: [], targets: [] };

  it('never puts names into ids, and numbers ids that slug alike', () => {
    const c = buildCatalog(data, makeLabels('en'));
    expect(c.map((e) => e.id)).toEqual(['x-y--group--year', 'x-y--group--year-2']);
    expect(c[0].title).toBe(payload);
  });
});

describe('export decoration', () => {
  const entry = byId(en, 'alumina-energy-intensity--targets');
  const decorated = exportDecoration(entry.option, entry, 'light');

  it('adds title, subtitle and footer as ECharts text and leaves the input option alone', () => {
    expect(decorated.title).toMatchObject({ text: entry.title, subtext: entry.subtitle });
    expect(decorated.graphic[0].style.text).toBe(entry.footer.join('\n'));
    expect(decorated.backgroundColor).toBe('#ffffff');
    expect((entry.option.grid as { outerBoundsMode?: string }).outerBoundsMode).toBe('same');
  });

  it('keeps the plot clear of title and footer, and fonts free of double quotes (SVG attribute safety)', () => {
    const footerLines = lineCount(entry.footer.join('\n'), EXPORT_LAYOUT.width - 48, 11);
    expect(decorated.grid.top).toBeGreaterThan(20 + 26);
    expect(decorated.grid.bottom).toBeGreaterThanOrEqual(footerLines * 15);
    expect(decorated.legend!.bottom).toBeGreaterThanOrEqual(footerLines * 15);
    expect('containLabel' in decorated.grid).toBe(false);
    expect(JSON.stringify([decorated.textStyle, decorated.title, decorated.graphic])).not.toMatch(/fontFamily":"[^"]*\\"/);
  });

  it('reserves more lines for wide (Chinese) text than for the same number of Latin letters', () => {
    expect(lineCount('中'.repeat(100), 500, 10)).toBeGreaterThan(lineCount('a'.repeat(100), 500, 10));
    expect(lineCount('one\ntwo', 500, 10)).toBe(2);
  });
});

describe('scoped target paths (embed ?scope=)', () => {
  it('keeps one scope\'s milestones and says whether its baseline crosses scopes', async () => {
    const { scopedTargetPath, targetPaths } = await import('../../src/charts/series');
    const model = targetPaths(dataset, ['energy']).find((m) => m.indicator.indicatorId === 'alumina_energy_intensity')!;
    const narrowed = scopedTargetPath(model, 'new_alumina')!;
    expect(narrowed.scopes).toEqual(['new_alumina']);
    expect(narrowed.rows.map((r) => r.target.valueText)).toEqual(['0.290', '0.278', '0.275']);
    expect(narrowed.crossesScope).toBe(true);
    expect(scopedTargetPath(model, 'retrofit_cells')).toBeNull();
  });
});

// Equal first and last figures: the sentence says whether the years between were the same too, so a dip is not hidden.
describe('the sentence of a series whose first and last figures are equal', () => {
  const series = (values: readonly string[]) => {
    const ind = dataset.indicators.find((i) => i.indicatorId === 'water_reuse_rate')!;
    const points = values.map((v, i) => ({ indicatorId: ind.indicatorId, period: String(2018 + i), scopeId: 'group', value: Number(v), valueText: v }));
    return { key: 'k', indicator: ind, scopeId: 'group', kind: 'year', points, rows: points, notes: [] } as unknown as Series;
  };
  it.each([
    ['en', ['100', '100'], 'Water reuse rate: 100% in both 2018 and 2019.'],
    ['en', ['100', '100', '100'], 'Water reuse rate: 100% in every year shown, from 2018 to 2020.'],
    ['en', ['100', '90', '100'], 'Water reuse rate: 100% in 2018 and again in 2020, but not in every year between.'],
    ['zh', ['100', '100', '100'], '重复用水率在 2018 年至 2020 年各年均为 100%。'],
    ['zh', ['100', '90', '100'], '重复用水率在 2018 年和 2020 年均为 100%，但其间各年并非都是如此。'],
  ] as const)('%s %j', (lang, values, sentence) => {
    expect(describeTrend(series(values), makeLabels(lang))).toBe(sentence);
  });
});

// An English rank is an ordinal, with the teens' exception ("11th", not "11st"); Chinese keeps 第 … 位 around the number.
describe('the sentence of a rank', () => {
  const series = (first: string, last: string) => {
    const ind = dataset.indicators.find((i) => i.indicatorId === 'fortune_global_500_rank')!;
    const points = [first, last].map((v, i) => ({ indicatorId: ind.indicatorId, period: String(2019 + i), scopeId: 'group', value: Number(v), valueText: v }));
    return { key: 'k', indicator: ind, scopeId: 'group', kind: 'year', points, rows: points, notes: [] } as unknown as Series;
  };
  it.each([
    ['en', '1', '2', 'Fortune Global 500 rank: 1st in 2019 and 2nd in 2020. This is a deterioration.'],
    ['en', '13', '3', 'Fortune Global 500 rank: 13th in 2019 and 3rd in 2020. This is an improvement.'],
    ['en', '111', '21', 'Fortune Global 500 rank: 111th in 2019 and 21st in 2020. This is an improvement.'],
    ['en', '12', '122', 'Fortune Global 500 rank: 12th in 2019 and 122nd in 2020. This is a deterioration.'],
    ['zh', '111', '21', '《财富》世界 500 强排名：2019 年第 111 位，2020 年第 21 位。表现改善。'],
  ] as const)('%s %s → %s', (lang, first, last, sentence) => {
    expect(describeTrend(series(first, last), makeLabels(lang))).toBe(sentence);
  });
});
