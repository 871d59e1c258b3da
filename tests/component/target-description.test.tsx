// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/core';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));

// A target path is an image to a screen reader: like every chart it says its trend in one sentence, in the reader's
// language, shown under the chart and given to the image as its description. The scope caveat stays a note of its own, read once.
describe('a target path describes itself in one sentence', () => {
  it.each([
    ['en', 'Alumina comprehensive energy consumption: baseline and milestones',
      'Alumina comprehensive energy consumption: from 0.352 tce/t (H1 2020, the whole Chinalco group), the plan aims for '
      + 'at most 0.345 tce/t by 2025 for existing alumina plants and at most 0.275 tce/t by 2025 for new alumina plants; '
      + 'none of its 6 milestones has a figure for its own scope.'],
    ['zh', '原铝液交流电耗：基准与节点目标',
      '原铝液交流电耗：基准为 13,066 千瓦时/吨（2020 年上半年，中铝集团整体）；按计划，存量电解铝企业 2025 年不高于 13,180 千瓦时/吨'
      + '和进入大修期并实施节能改造的电解槽 2021 年不高于 12,745 千瓦时/吨；4 个节点目标均缺少该范围的数据。'],
  ] as const)('%s: %s', async (lang, title, sentence) => {
    serve(files);
    renderApp(`?section=energy&lang=${lang}`, lang);
    const card = (await screen.findByRole('heading', { level: 3, name: title })).closest('figure')!;
    // The image has a short name and the sentence under it as its description: read once, not as name and paragraph.
    expect(within(card).getByRole('img')).toHaveAccessibleName(`${lang === 'zh' ? '图表：' : 'Chart: '}${title.replace(/[:：].*/, '')}`);
    expect(within(card).getByRole('img')).toHaveAccessibleDescription(sentence);
    expect(card.querySelector('.description')).toHaveTextContent(sentence);
    // The gap's sign says which way it is measured: +0.002 tce/t is a baseline 0.002 above a ceiling of 0.350.
    // The verdict comes right after the target, so a phone shows it before the table scrolls.
    expect(within(card).getAllByRole('columnheader')[1]).toHaveTextContent(lang === 'zh' ? '状态' : 'Status');
    expect(within(card).getAllByRole('columnheader')[2]).toHaveTextContent(lang === 'zh' ? '差距（基准 − 目标）' : 'Gap (baseline − target)');
    // A pace is a signed change ("−0.002 tce/t/year" is a cut), not an "improvement" that could read as negative; and
    // computed signs are minus signs (U+2212), never hyphens.
    expect(within(card).getAllByRole('columnheader')[3]).toHaveTextContent(lang === 'zh' ? '每年所需变化' : 'Change needed per year');
    for (const r of within(card).getAllByRole('row').slice(1)) expect(r.textContent).not.toMatch(/(^|[\s(（])-\d/);
    expect(card.textContent).toMatch(/−\d/);
    // Each target as readers write it, with the language's own colon and brackets: "…：≤ 13,180", "（+0.9%）".
    const row = within(card).getAllByRole('row')[1];
    // English scope names read as inside a sentence in the data ("apply to existing alumina plants") and take their
    // capital where they start a line: "Existing electrolytic aluminium smelters · 2025: ≤ 13,180".
    expect(within(row).getByRole('rowheader')).toHaveTextContent(lang === 'zh' ? /^\S+ \d{4} 年\S*：≤ [\d,.]+ / : /^[A-Z][^:]+ · [^:]+: ≤ [\d,.]+ /);
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(lang === 'zh' ? /（[+−][\d.]+%）/ : / \([+−][\d.]+%\)/);
    // The baseline is the group's, the targets are plants': said once, in the note above the chart.
    expect(within(card).getByRole('note')).toHaveTextContent(lang === 'zh' ? '不以该数据评判这些目标' : 'does not judge that figure against them');
    // The scopes are a list inside a sentence: "X and Y", "X和Y", not "X, Y".
    expect(within(card).getByRole('note')).toHaveTextContent(lang === 'zh' ? /适用于[^，。、]+和[^，。、]+。/ : /apply to [a-z ]+ and [a-z ]+\./);
    // The section's table of targets: every scope cell starts with a capital in English.
    const heading = await screen.findByRole('heading', { level: 2, name: lang === 'zh' ? '整改方案目标' : 'Targets of the remediation plan' }, { timeout: 4000 });
    const targets = within(heading.closest('section')!).getByRole('table');
    const scopes = within(targets).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0].textContent ?? '');
    expect(scopes.length).toBeGreaterThan(0);
    if (lang === 'en') {
      expect(scopes).toContain('Existing alumina plants');
      for (const scope of scopes) expect(scope).toMatch(/^[A-Z]/);
    } else expect(scopes).toContain('存量氧化铝企业');
  });
});

// A missed deadline without a figure says why in the terms of its own scope: "after the baseline" only where this
// scope has a baseline (most plant targets have only the group's, and the remediation rates have none at all).
// Targets of one milestone share one table after the path charts; a row is found by its indicator's name.
const singleRow = async (name: string) => {
  const heading = await screen.findByRole('heading', { level: 3, name: /single milestone|单一节点/ }, { timeout: 4000 });
  const rows = within(within(heading.closest('section')!).getByRole('table')).getAllByRole('row');
  const row = rows.find((r) => r.querySelector('.target-name')?.textContent === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('the reason next to "no data"', () => {
  const reasonIn = async (name: string) => (await singleRow(name)).querySelector('.status-cell .muted')!.textContent;

  it.each([
    ['en', 'Remediation measure completion rate', 'The deadline has passed, and these sources publish no figure for this scope.'],
    ['zh', '整改措施完成率', '时限已过，而这些来源未公布该范围的任何数据。'],
  ] as const)('%s: a scope with no figure at all', async (lang, name, reason) => {
    serve(files);
    renderApp(`?section=remediation&lang=${lang}`, lang);
    expect(await reasonIn(name)).toBe(reason);
  });

  it('a scope with a baseline and nothing after it', async () => {
    const baseline = 'remediation_measure_completion_rate,2020,group,40,reported,remediation,x,completion rate 40,,';
    serve({ ...files, 'observations.csv': `${files['observations.csv'].trimEnd()}\n${baseline}\n` });
    renderApp('?section=remediation&lang=en', 'en');
    expect(await reasonIn('Remediation measure completion rate'))
      .toBe('The deadline has passed, and these sources publish no figure for this scope after the baseline.');
  });
});

// A gap between two percentages is in percentage points; the change relative to the baseline stays in percent. From
// 10% (2020) to at least 15% by October 2021: 5 points in 10 months, 6 points a year.
describe('a target in percent', () => {
  it.each([
    ['en', 'Weight of the environmental-hazard identification and remediation element', /^−5 pp \(−33\.3%\)/, /^\+6 pp\/year \(\+60\.0%\/year\)$/, /: ≥ 15%/],
    ['zh', '环境隐患排查与治理要素权重', /^−5 个百分点（−33\.3%）/, /^每年 \+6 个百分点（每年 \+60\.0%）$/, /：≥ 15%/],
  ] as const)('%s: gap and pace in points, the target in percent', async (lang, name, gap, pace, target) => {
    serve(files);
    renderApp(`?section=economy&lang=${lang}`, lang);
    const row = await singleRow(name);
    expect(within(row).getByRole('rowheader').textContent).toMatch(target);
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells[1]).toMatch(gap);
    expect(cells[2]).toMatch(pace);
  });
});

// A ceiling above the plan's baseline asks for no change: "+214 kWh/t a year" would read as a call to use more power.
describe('the change needed per year', () => {
  it.each([
    ['en', 'AC power consumption per tonne of molten primary aluminium: baseline and milestones', 'None from this baseline', /^−214 kWh\/t\/year \(−1\.6%\/year\)$/],
    ['zh', '原铝液交流电耗：基准与节点目标', '以此基准无需变化', /^每年 −214 千瓦时\/吨（每年 −1\.6%）$/],
  ] as const)('%s: none where the baseline is within the bound', async (lang, title, none, pace) => {
    serve(files);
    renderApp(`?section=energy&lang=${lang}`, lang);
    const card = (await screen.findByRole('heading', { level: 3, name: title }, { timeout: 4000 })).closest('figure')!;
    const paces = within(card).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[2].textContent ?? '');
    // Existing smelters: three ceilings above 13,066; retrofitted cells: at most 12,745 by the end of 2021, 321 below
    // it in 1.5 years.
    expect(paces.filter((p) => p === none)).toHaveLength(3);
    expect(paces.filter((p) => pace.test(p)), JSON.stringify(paces)).toHaveLength(1);
  });
});
