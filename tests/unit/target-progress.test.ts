import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, DATA_FILES, loadDataset, type DataFiles } from '../../src/core';
import { listText, summarizeTargets } from '../../src/charts/targetSummary';
import { targetGroups, type TargetRow } from '../../src/features/target-progress/model';
import { whichText } from '../../src/shared/format';

const ROOT = join(__dirname, '../..');
const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
const { dataset } = loadDataset(files);

describe('targets against actuals on the bundled data', () => {
  const groups = targetGroups(dataset, ['energy'], '2026');
  const alumina = groups.find((g) => g.indicator.indicatorId === 'alumina_energy_intensity')!;

  it('covers every milestone of both alumina scopes', () => {
    expect(alumina.rows.map((r) => `${r.target.scopeId} ${r.target.period} ${r.target.valueText}`)).toEqual([
      'existing_alumina 2021-H1 0.350', 'existing_alumina 2021 0.348', 'existing_alumina 2025 0.345',
      'new_alumina 2021-H1 0.290', 'new_alumina 2021 0.278', 'new_alumina 2025 0.275',
    ]);
  });

  it('never judges a plant-level target by the group average: the group baseline is flagged, status has no data', () => {
    for (const r of alumina.rows) {
      expect(r.planBaseline?.scopeId).toBe('group');
      expect(r.baselineCrossesScope).toBe(true);
      expect(r.assessment.status).toBe('no_data');
      expect(r.assessment.crossScopeActuals.map((o) => o.scopeId)).toEqual(['group']);
    }
  });

  it('computes the gap and the pace the plan implies from the 2020-H1 baseline', () => {
    const newPlants2021 = alumina.rows.find((r) => r.target.targetId === 'alumina_energy_new_2021')!;
    expect(newPlants2021.gapFromBaseline!.absolute).toBeCloseTo(0.352 - 0.278, 12);
    expect(newPlants2021.gapFromBaseline!.met).toBe(false);
    // From the end of H1 2020 to the end of 2021 is 1.5 years.
    expect(newPlants2021.pace!.absolute).toBeCloseTo((0.278 - 0.352) / 1.5, 12);
  });

  it('before the deadlines, the same targets are not yet due', () => {
    const early = targetGroups(dataset, ['energy'], '2020-H1').find((g) => g.indicator.indicatorId === 'aluminium_ac_power')!;
    expect(new Set(early.rows.map((r) => r.assessment.status))).toEqual(new Set(['not_yet_due']));
  });
});

describe('the one-sentence summary under a target chart', () => {
  const group = (asOf: string, id: string) => targetGroups(dataset, CATEGORIES, asOf).find((g) => g.indicator.indicatorId === id)!;

  it.each([
    // indicator, as of, baseline, each scope's last milestone, statuses
    ['alumina_energy_intensity', '2026', 'group 2020-H1 0.352', ['existing_alumina 2025 0.345', 'new_alumina 2025 0.275'], [['no_data', 6]]],
    ['aluminium_ac_power', '2020-H1', 'group 2020-H1 13066', ['existing_smelters 2025 13180', 'retrofit_cells 2021 12745'], [['not_yet_due', 4]]],
    // Five yearly milestones from 2021 and no figure after 2020: past deadlines without data say so.
    ['electrolysis_cell_life', '2026', 'group 2020 2110', ['group 2025 2550'], [['no_data', 5]]],
    // The plan raises each headquarters department's weight to between 2% and 8%: two rows, one deadline.
    ['env_weight_in_performance_assessment', '2026', null, ['hq_departments 2021-04 2 & hq_departments 2021-04 8', 'production_enterprises 2021-07 5', 'strategic_units 2021-04 5'], [['no_data', 4]]],
  ] as const)('%s as of %s', (id, asOf, baseline, finals, statuses) => {
    const g = group(asOf, id);
    const s = summarizeTargets(g.rows, g.rows.find((r) => r.planBaseline)?.planBaseline ?? null);
    expect(s.baseline && `${s.baseline.scopeId} ${s.baseline.period} ${s.baseline.valueText}`).toBe(baseline);
    expect(s.finals.map((rs) => rs.map((r) => `${r.target.scopeId} ${r.target.period} ${r.target.valueText}`).join(' & '))).toEqual(finals);
    expect(s.statuses).toEqual(statuses);
  });

  it('counts mixed statuses settled first, and takes the later of two milestones of a scope, both rows on a tie', () => {
    const row = (scopeId: string, period: string, status: string, valueText = '1') =>
      ({ target: { scopeId, period, valueText }, assessment: { status }, planBaseline: null }) as unknown as TargetRow;
    const rows = [row('a', '2021', 'not_yet_due'), row('a', '2025', 'met'), row('a', '2025', 'off_track', '2'), row('b', '2021-H1', 'no_data'), row('b', '2021', 'met')];
    const s = summarizeTargets(rows, null);
    expect(s.baseline).toBeNull();
    expect(s.count).toBe(5);
    expect(s.finals.map((rs) => rs.map((r) => `${r.target.scopeId} ${r.target.period} ${r.target.valueText}`).join(' & '))).toEqual(['a 2025 1 & a 2025 2', 'b 2021 1']);
    expect(s.statuses).toEqual([['met', 2], ['off_track', 1], ['not_yet_due', 1], ['no_data', 1]]);
  });
});

describe('listText', () => {
  it.each([['en', 'en'], ['zh', 'zh-CN']] as const)('joins like Intl.ListFormat (%s), without loading ICU (Chinese items: see the spacing below)', (lang, locale) => {
    const icu = new Intl.ListFormat(locale, { type: 'conjunction' });
    const lists = lang === 'zh'
      ? [[], ['甲'], ['甲', '乙'], ['甲', '乙', '丙'], ['存量企业', '新建企业', '电解槽', '集团']]
      : [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['Existing plants', 'New plants', 'Cells', 'Group']];
    for (const items of lists) {
      expect(listText(items, lang)).toBe(icu.format(items));
    }
  });

  it.each([
    [['2 个进度落后', '45 个缺少数据'], '2 个进度落后和 45 个缺少数据'],
    [['新建企业', 'Group'], '新建企业和 Group'],
    [['1 个', '2 个', '3 个'], '1 个、2 个和 3 个'],
  ])('in Chinese, spaces a number or Latin word after 和 as the site does: %j', (items, expected) => {
    expect(listText(items, 'zh')).toBe(expected);
  });
});

// Chinese running text has no " · " (aria-labels, quote labels, table cells that read as a phrase); English keeps it.
describe('whichText: which milestone or point a label is about', () => {
  it.each([
    ['en', ['existing alumina plants', '2025'], 'existing alumina plants · 2025'],
    ['en', ['new alumina plants', '2021', 'Alumina energy intensity'], 'Alumina energy intensity · new alumina plants · 2021'],
    ['zh', ['存量氧化铝企业', '2025 年'], '存量氧化铝企业 2025 年'],
    ['zh', ['实际值：中铝集团整体', '2020 年上半年'], '实际值：中铝集团整体 2020 年上半年'],
    ['zh', ['中铝高端制造（战略单元）', '2021 年'], '中铝高端制造（战略单元）2021 年'],
    ['zh', ['新建氧化铝企业', '2021 年', '氧化铝综合能耗'], '氧化铝综合能耗，新建氧化铝企业 2021 年'],
  ] as const)('%s %j → %s', (lang, [scope, period, name], expected) => {
    expect(whichText(lang, scope, period, name)).toBe(expected);
  });
});
