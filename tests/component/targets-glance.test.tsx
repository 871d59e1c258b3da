// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/core';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));

/** The table under a heading, as rows of cell texts. */
async function tableUnder(heading: string): Promise<{ section: HTMLElement; cells: string[][] }> {
  const section = (await screen.findByRole('heading', { level: 2, name: heading })).closest('section')!;
  const cells = within(section).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
  return { section, cells };
}

// "How is the company doing against what it promised?" is the first question; the overview answers it with every target
// counted by status, from the same assessment as the sections' target tables. In the bundled sources every deadline
// has passed (2021-2025) and only two targets have a later figure for their own scope: both off track.
describe('the overview counts every target by status', () => {
  it('in English, per section in navigation order, with totals and links', async () => {
    serve(files);
    renderApp('?section=overview&lang=en', 'en');
    const { section, cells } = await tableUnder('Targets at a glance');
    expect(within(section).getByText(/^As of \d{4}, the sources set 50 targets but publish no figure for any target’s own scope after its baseline, so none can be judged met or missed\.$/)).toBeInTheDocument();
    expect(cells).toEqual([
      ['Section', 'Targets', 'Met', 'On track', 'Off track', 'Not yet due', 'No data'],
      ['Energy and targets', '10', '0', '0', '0', '0', '10'],
      ['Water', '3', '0', '0', '0', '0', '3'],
      ['Economy and production', '10', '0', '0', '0', '0', '10'],
      ['Land and waste', '24', '0', '0', '0', '0', '24'],
      ['Remediation progress', '3', '0', '0', '0', '0', '3'],
      ['All sections', '50', '0', '0', '0', '0', '50'],
    ]);
    expect(within(section).getByRole('link', { name: 'Land and waste' })).toHaveAttribute('href', expect.stringContaining('section=land'));
  });

  it('in Chinese', async () => {
    serve(files);
    renderApp('?section=overview&lang=zh', 'zh');
    const { section, cells } = await tableUnder('目标一览');
    expect(within(section).getByText(/^截至 \d{4} 年，这些来源共设定 50 个目标，但没有一个目标在基准之后有其适用范围的数据，均无法判断是否达成。$/)).toBeInTheDocument();
    expect(cells[0]).toEqual(['板块', '目标数', '已达成', '进度正常', '进度落后', '未到期', '无数据']);
    expect(cells.at(-1)).toEqual(['全部板块', '50', '0', '0', '0', '0', '50']);
  });

  it('counts by status in the sentence once a target can be judged (here one full-year figure for its own scope)', async () => {
    const row = 'mine_restoration_area,2020,site_chalco_mining_zhengzhou,700,reported,remediation,x,700,,\n';
    serve({ ...files, 'observations.csv': files['observations.csv'] + row });
    renderApp('?section=overview&lang=en', 'en');
    const { section, cells } = await tableUnder('Targets at a glance');
    expect(within(section).getByText(/^As of \d{4}, the sources set 50 targets: 1 off track and 49 without a figure for their scope\.$/)).toBeInTheDocument();
    expect(cells.at(-1)).toEqual(['All sections', '50', '0', '0', '1', '0', '49']);
  });
});

describe('the overview\'s headline cards', () => {
  it('print a percentage as the sources do ("92.92%"), other units after a space and a currency code first, in both languages', async () => {
    serve(files);
    for (const [lang, expected] of [['en', ['92.92%', '29.0217 Mt tce', 'CNY 68.18 million']], ['zh', ['92.92%', '2,902.17 万吨标准煤', '6,818 万元']]] as const) {
      const { unmount } = renderApp(`?section=overview&lang=${lang}`, lang);
      await screen.findByRole('heading', { level: 2, name: lang === 'en' ? 'Targets at a glance' : '目标一览' });
      const values = [...document.querySelectorAll('.card-value')].map((v) => v.textContent);
      for (const v of expected) expect(values).toContain(v);
      unmount();
    }
  });
});

// Chinese reports say which way a figure moved in a word ("较 2019 年上升 1.3%"), not with a bare sign, and join the
// verdict with a comma; English keeps "+1.3% vs 2019 · This is a deterioration."
describe('the change line of a headline card', () => {
  it.each([
    ['zh', /^较 2019 年(上升|下降) \d[\d.,]*(%| 个百分点)(，表现(改善|恶化)。)?$/],
    ['en', /^[+−]\d[\d.,]*(%| pp) vs 2019( · This is an? (improvement|deterioration)\.)?$/],
  ] as const)('%s', async (lang, line) => {
    serve(files);
    renderApp(`?section=overview&lang=${lang}`, lang);
    await screen.findByRole('heading', { level: 2, name: lang === 'en' ? 'Targets at a glance' : '目标一览' });
    const changes = [...document.querySelectorAll('.card-change')].map((c) => c.textContent ?? '').filter((c) => /2019/.test(c));
    expect(changes.length).toBeGreaterThan(2);
    for (const c of changes) expect(c).toMatch(line);
    if (lang === 'zh') expect(changes.join('')).not.toMatch(/[+−]| · /);
  });
});
