// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base } from '../unit/fixtures';
import { renderApp, serve } from '../support/app';

// The base data plus what a selection needs: a period printed twice (two rows, two quotes), an actual and a second
// milestone for the alumina target path (a path chart is drawn from two targets on), and an HTML-looking quote.
const files = {
  ...base,
  'observations.csv': base['observations.csv'] +
    'energy_total,2020,group,2902.17,reported,csr2020,正文,2020 年能源消费总量 2902.17 万吨标煤,,\n' +
    'alumina_energy_intensity,2020-H1,group,0.352,reported,csr2020,问题五,每吨氧化铝标煤耗为0.352吨,,\n',
  'targets.csv': base['targets.csv'] +
    'alumina_new_2025,alumina_energy_intensity,new_alumina,2025,<=,0.275,tce/t,plan,csr2020,目标二,"<img src=x onerror=""window.__pwned=1""> 0.275",,\n',
};


const link = (quote: string) => `?section=energy&lang=en&quote=${encodeURIComponent(quote)}`;
const quoteParam = () => new URLSearchParams(window.location.search).get('quote');
const ENERGY = 'energy_total|group|year';
const ALUMINA = 'targets|alumina_energy_intensity';

// jsdom has no scrollIntoView; the app must cope without it, and these tests record the calls when they provide one.
function recordScrolls(): Element[] {
  const calls: Element[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) { calls.push(this); };
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

// Generous: each test renders the whole app, and lazy sections transform on first use on a busy CI machine.
describe('the quote selection in the URL', { timeout: 30_000 }, () => {
  it('opens the quote a copied link names, in its own card, scrolled into view once and focused', async () => {
    const scrolls = recordScrolls();
    serve(files);
    renderApp(link(`${ENERGY}@2020`));
    const region = await screen.findByRole('region', { name: 'Source quote for 2020' });
    const card = screen.getByRole('figure', { name: 'Total energy consumption' });
    expect(card).toContainElement(region);
    // The plotted 2020 value is the first row printed for 2020 (the appendix), not the second.
    expect(region).toHaveTextContent('能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17 (附录)');
    expect(region).not.toHaveTextContent('万吨标煤');
    await waitFor(() => expect(region).toHaveFocus());
    expect(scrolls).toEqual([card]);
    expect(screen.getAllByRole('region', { name: /Source quote/ })).toHaveLength(1);
  });

  it('selects a row from the table with a button, and Close removes the selection from the URL', async () => {
    serve(files);
    renderApp('?section=energy&lang=en');
    const card = await screen.findByRole('figure', { name: 'Total energy consumption' });
    await userEvent.click(within(card).getByText('Table of the plotted values'));
    // 2020 is printed twice: each row has its own button, and the second selects the second quote.
    const buttons = within(card).getAllByRole('button', { name: 'Show the source quote for 2020' });
    expect(buttons).toHaveLength(2);
    await userEvent.click(buttons[1]);
    expect(quoteParam()).toBe(`${ENERGY}@2020:2`);
    const region = within(card).getByRole('region', { name: 'Source quote for 2020' });
    expect(region).toHaveTextContent('2020 年能源消费总量 2902.17 万吨标煤 (正文)');
    expect(region).toHaveFocus();

    await userEvent.click(within(card).getByRole('button', { name: 'Show the source quote for 2019' }));
    expect(quoteParam()).toBe(`${ENERGY}@2019`);
    expect(within(card).getByRole('region', { name: 'Source quote for 2019' })).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(quoteParam()).toBeNull();
    expect(new URLSearchParams(window.location.search).get('section')).toBe('energy');
    expect(screen.queryByRole('region', { name: /Source quote/ })).toBeNull();
    // Focus does not fall back to the page's start: it returns to the button that opened the quote.
    expect(within(card).getByRole('button', { name: 'Show the source quote for 2019' })).toHaveFocus();

    // Escape inside the box closes it too.
    await userEvent.click(buttons[0]);
    expect(within(card).getByRole('region', { name: 'Source quote for 2020' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(quoteParam()).toBeNull();
    expect(buttons[0]).toHaveFocus();
  });

  it('returns focus to the card\'s heading when the quote was not opened from a button (a copied link)', async () => {
    serve(files);
    renderApp(link(`${ENERGY}@2019`));
    const card = await screen.findByRole('figure', { name: 'Total energy consumption' });
    await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(within(card).getByRole('heading', { level: 3 })).toHaveFocus();
  });

  it('keeps the selection across a language switch, and links to other sections drop it', async () => {
    serve(files);
    renderApp(link(`${ENERGY}@2019`));
    await screen.findByRole('region', { name: 'Source quote for 2019' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Water' })).toHaveAttribute('href', '?section=water&lang=en');
    expect(within(nav).getByRole('link', { name: 'Overview' }).getAttribute('href')).not.toContain('quote');
    // The current section's own link is the same view, selection included.
    expect(new URLSearchParams(within(nav).getByRole('link', { name: 'Energy and targets' }).getAttribute('href')!).get('quote')).toBe(`${ENERGY}@2019`);
    // The data-note marker of the card leads to another section, so it carries no selection either.
    expect(screen.getAllByRole('link', { name: /Energy twice/ })[0].getAttribute('href')).not.toContain('quote');

    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    const region = await screen.findByRole('region', { name: '来源原文：2019 年' });
    expect(screen.getByRole('figure', { name: '能源消费总量' })).toContainElement(region);
    expect(quoteParam()).toBe(`${ENERGY}@2019`);
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('zh');

    await userEvent.click(within(screen.getByRole('navigation', { name: '板块' })).getByRole('link', { name: '水资源' }));
    expect(quoteParam()).toBeNull();
  });

  it('opens a milestone or an actual of a target path from a link, saying which one it is', async () => {
    serve(files);
    const { unmount } = renderApp(link(`${ALUMINA}@2021:target:alumina_new_2021`));
    const card = await screen.findByRole('figure', { name: 'Alumina energy intensity: baseline and milestones' });
    const region = await within(card).findByRole('region', { name: 'Source quote for new alumina plants · 2021' });
    expect(region).toHaveTextContent('New alumina plants · 2021: ≤ 0.278 tce/t · Industry advanced level');
    expect(region).toHaveTextContent('2021 年末完成 0.278 吨标准煤/吨 (目标)');
    unmount();

    renderApp(link(`${ALUMINA}@2020-H1:actual:group`));
    const actual = await screen.findByRole('region', { name: 'Source quote for Actual: Group · H1 2020' });
    expect(actual).toHaveTextContent('Actual: Group · H1 2020: 0.352 tce/t');
    expect(actual).toHaveTextContent('每吨氧化铝标煤耗为0.352吨 (问题五)');
  });

  it('selects a milestone from the target table, and shows data text as text only', async () => {
    serve(files);
    renderApp('?section=energy&lang=en');
    const card = await screen.findByRole('figure', { name: 'Alumina energy intensity: baseline and milestones' });
    await userEvent.click(within(card).getByRole('button', { name: 'Show the source quote for new alumina plants · 2025' }));
    expect(quoteParam()).toBe(`${ALUMINA}@2025:target:alumina_new_2025`);
    const region = within(card).getByRole('region', { name: 'Source quote for new alumina plants · 2025' });
    expect(region).toHaveTextContent('<img src=x onerror="window.__pwned=1"> 0.275');
    expect(region).toHaveTextContent('New alumina plants · 2025: ≤ 0.275 tce/t · Plan milestone');
    expect(region).toHaveFocus();
    expect(document.querySelector('main img')).toBeNull();
  });

  it('lists every plotted value of a target path in a table, and opens an actual\'s or the baseline\'s quote from it', async () => {
    serve(files);
    renderApp('?section=energy&lang=en');
    const card = await screen.findByRole('figure', { name: 'Alumina energy intensity: baseline and milestones' });
    await userEvent.click(within(card).getByText('Table of the plotted values'));
    const table = within(card).getAllByRole('table').at(-1)!;
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].slice(0, 2).map((c) => c.textContent));
    // The plan path from its baseline through both milestones, then the actual figure: exactly what the chart draws.
    expect(rows).toEqual([
      ['Plan: new alumina plants · H1 2020', '0.352'],
      ['Plan: new alumina plants · 2021', '≤ 0.278'],
      ['Plan: new alumina plants · 2025', '≤ 0.275'],
      ['Actual: Group · H1 2020', '0.352'],
    ]);
    await userEvent.click(within(table).getByRole('button', { name: 'Show the source quote for Actual: Group · H1 2020' }));
    expect(quoteParam()).toBe(`${ALUMINA}@2020-H1:actual:group`);
    expect(within(card).getByRole('region', { name: 'Source quote for Actual: Group · H1 2020' })).toHaveTextContent('每吨氧化铝标煤耗为0.352吨');
    await userEvent.click(within(table).getByRole('button', { name: 'Show the source quote for Plan: new alumina plants · 2025' }));
    expect(quoteParam()).toBe(`${ALUMINA}@2025:target:alumina_new_2025`);
    expect(document.querySelector('main img')).toBeNull();
  });

  it('scrolls to a selected card that renders after the first commit (Deferred)', async () => {
    const scrolls = recordScrolls();
    // Six energy indicators with two years each: cards five and six render in a transition after the first commit.
    const extra = [1, 2, 3, 4, 5, 6].map((i) => `e${i}`);
    serve({
      ...files,
      'indicators.csv': files['indicators.csv'] + extra.map((id) => `${id},指标${id},Indicator ${id},energy,t,lower_better,,0\n`).join(''),
      'observations.csv': files['observations.csv'] +
        extra.flatMap((id) => ['2019', '2020'].map((y) => `${id},${y},group,1${y.slice(-1)},reported,csr2020,表${id},${id} ${y} 值 1${y.slice(-1)},,\n`)).join(''),
    });
    renderApp(link('e6|group|year@2020'));
    const region = await screen.findByRole('region', { name: 'Source quote for 2020' });
    const card = screen.getByRole('figure', { name: 'Indicator e6' });
    expect(card).toContainElement(region);
    expect(region).toHaveTextContent('e6 2020 值 10 (表e6)');
    // The scroll is an effect of the card's mount, which comes a frame after the first paint.
    await waitFor(() => expect(scrolls).toEqual([card]));
    await waitFor(() => expect(region).toHaveFocus());
  });

  it.each([
    ['no such chart', 'energy_total|water|year@2020'],
    ['no such period', `${ENERGY}@2031`],
    ['no such second row', `${ENERGY}@2019:2`],
    ['no such target', `${ALUMINA}@2021:target:nope`],
    ['a target under another period', `${ALUMINA}@2025:target:alumina_new_2021`],
    ['an actual of a scope without one', `${ALUMINA}@2020-H1:actual:new_alumina`],
    ['a trend pick on a target path', `${ALUMINA}@2021`],
    ['a target pick on a trend', `${ENERGY}@2020:target:alumina_new_2021`],
    ['no period', ENERGY],
    ['no chart', '@2020'],
    ['a malformed period', `${ENERGY}@20x0`],
    ['a zero count', `${ENERGY}@2020:0`],
    ['an unknown pick', `${ALUMINA}@2021:milestone:alumina_new_2021`],
    ['trailing parts', `${ALUMINA}@2021:target:alumina_new_2021:2`],
    ['markup', '<img src=x onerror="window.__pwned=1">@2020'],
    ['an empty value', ''],
  ])('ignores a quote parameter with %s', async (_why, quote) => {
    serve(files);
    renderApp(link(quote));
    await screen.findByRole('figure', { name: 'Total energy consumption' });
    const card = await screen.findByRole('figure', { name: 'Alumina energy intensity: baseline and milestones' });
    expect(screen.queryByRole('region', { name: /Source quote/ })).toBeNull();
    expect(document.querySelector('main img')).toBeNull();
    // The page is not stuck on the bad value: a real selection replaces it.
    await userEvent.click(within(card).getByRole('button', { name: 'Show the source quote for new alumina plants · 2021' }));
    expect(quoteParam()).toBe(`${ALUMINA}@2021:target:alumina_new_2021`);
    expect(screen.getAllByRole('region', { name: /Source quote/ })).toHaveLength(1);
  });
});
