// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base } from '../unit/fixtures';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

// The base data has one alumina target (new plants, 2021); this adds the group's baseline, which is another scope.
const withBaseline = {
  ...base,
  'observations.csv': `${base['observations.csv']}alumina_energy_intensity,2020-H1,group,0.352,reported,csr2020,问题五,每吨氧化铝标煤耗为0.352吨,,\n`,
};
const quoteParam = () => new URLSearchParams(window.location.search).get('quote');
const singleTable = async () => {
  const heading = await screen.findByRole('heading', { level: 3, name: 'Targets with a single milestone' }, { timeout: 4000 });
  return heading.closest('section')!;
};

// One milestone draws no path: such targets share one table after the path charts instead of a card each, and keep
// what a card gave them (status, gap, pace, quote, sources, notes, the scope caveat).
describe('targets of a single milestone', { timeout: 30_000 }, () => {
  it('come after the path charts, in one table that names each indicator, with no chart and no table of plotted values', async () => {
    const files = {
      ...withBaseline,
      'targets.csv': `${base['targets.csv']}`
        + 'alumina_new_2025,alumina_energy_intensity,new_alumina,2025,<=,0.275,tce/t,plan,csr2020,目标,0.275,,\n'
        + 'energy_total_2025,energy_total,group,2025,<=,2800,10^4 tce,plan,csr2020,目标,2800,,\n',
    };
    serve(files);
    renderApp('?section=energy&lang=en');
    const single = await singleTable();
    const progress = (await screen.findByRole('heading', { level: 2, name: 'Targets against actuals' })).closest('section')!;
    // energy_total comes first in indicators.csv, but its one milestone goes after alumina's path.
    expect(within(progress).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Alumina energy intensity: baseline and milestones', 'Targets with a single milestone',
    ]);
    const rows = within(single).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Total energy consumptionGroup · 2025: ≤ 28.00 Mt tcePlan milestone']);
    expect(single.querySelector('.target-name')).toHaveTextContent('Total energy consumption');
    expect(within(single).queryByRole('img')).toBeNull();
    expect(within(single).queryByText('Table of the plotted values')).toBeNull();
    expect(single).toHaveTextContent('Source: ');
  });

  it('say in words where the gap starts from another scope\'s figure, as a path chart does', async () => {
    serve(withBaseline);
    renderApp('?section=energy&lang=en');
    const single = await singleTable();
    expect(within(single).getByRole('note')).toHaveTextContent(
      'Alumina energy intensity: the baseline 0.352 tce/t (H1 2020) is for Group, while the target applies to new alumina plants. '
      + 'The gap and the change needed per year start from it for orientation; the target is not judged by it.',
    );
    const row = within(single).getAllByRole('row')[1];
    // Judged only by its own scope: the group's figure is a baseline, not an actual of new plants.
    expect(row.querySelector('.status')).toHaveTextContent('No figure for its scope');
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('from 0.352 (H1 2020, Group)');
  });

  it('open a row\'s quote from its button under the same link a card used, and close back to that button', async () => {
    serve(withBaseline);
    const { unmount } = renderApp('?section=energy&lang=en');
    const single = await singleTable();
    await userEvent.click(within(single).getByRole('button', { name: 'Show the source quote for Alumina energy intensity · new alumina plants · 2021' }));
    expect(quoteParam()).toBe('targets|alumina_energy_intensity@2021:target:alumina_new_2021');
    const region = within(single).getByRole('region', { name: 'Source quote for Alumina energy intensity · new alumina plants · 2021' });
    expect(region).toHaveFocus();
    expect(region).toHaveTextContent('Alumina energy intensity · new alumina plants · 2021: ≤ 0.278 tce/t · Industry advanced level');
    expect(region).toHaveTextContent('2021 年末完成 0.278 吨标准煤/吨');
    await userEvent.click(within(region).getByRole('button', { name: 'Close' }));
    expect(quoteParam()).toBeNull();
    expect(within(single).getByRole('button', { name: 'Show the source quote for Alumina energy intensity · new alumina plants · 2021' })).toHaveFocus();
    unmount();

    // A copied link reopens it.
    renderApp(`?section=energy&lang=en&quote=${encodeURIComponent('targets|alumina_energy_intensity@2021:target:alumina_new_2021')}`);
    expect(await screen.findByRole('region', { name: 'Source quote for Alumina energy intensity · new alumina plants · 2021' })).toBeTruthy();
  });

  it('in Chinese too, with the language\'s own colon', async () => {
    serve(withBaseline);
    renderApp('?section=energy&lang=zh', 'zh');
    const heading = await screen.findByRole('heading', { level: 3, name: '单一节点目标' }, { timeout: 4000 });
    const single = heading.closest('section')!;
    expect(within(single).getByRole('note')).toHaveTextContent(/^氧化铝综合能耗：基准值 0\.352 吨标准煤\/吨（2020 年上半年）属于集团，而该目标适用于新建氧化铝企业。/);
    // Chinese running text has no " · ": the scope and its period read as one phrase, a name before them takes a comma,
    // and a milestone's level goes in brackets.
    expect(within(single).getAllByRole('row')[1].querySelector('th')).toHaveTextContent(/^氧化铝综合能耗新建氧化铝企业 2021 年：≤ 0\.278 吨标准煤\/吨/);
    const show = '查看来源原文：氧化铝综合能耗，新建氧化铝企业 2021 年';
    await userEvent.click(within(single).getByRole('button', { name: show }));
    const region = within(single).getByRole('region', { name: '来源原文：氧化铝综合能耗，新建氧化铝企业 2021 年' });
    expect(region).toHaveTextContent('氧化铝综合能耗，新建氧化铝企业 2021 年：≤ 0.278 吨标准煤/吨（行业先进水平）');
    expect(single.textContent).not.toContain(' · ');
  });
});
