// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base } from '../unit/fixtures';
import { renderApp, serve } from '../support/app';


afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows a loading state, then every indicator with its values, unit and source', async () => {
    serve(base);
    renderApp('?section=energy', 'en');
    expect(screen.getByRole('status')).toHaveTextContent('Loading data');
    const row = await screen.findByRole('rowheader', { name: /^Total energy consumption(\s?Unit: .*)?$/ });
    const cells = within(row.closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    // English readers get the exact international unit: 2,902.17 万吨标准煤 = 29.0217 Mt tce.
    expect(cells).toEqual(expect.arrayContaining(['Mt tce', '28.6631', '29.0217']));
    expect(within(row.closest('tr')!).getByText('Report: 附录')).toBeTruthy();
  });

  it('switches the interface and indicator names to Chinese and keeps the choice in the URL', async () => {
    serve(base);
    renderApp('?section=energy', 'en');
    await screen.findByRole('rowheader', { name: /^Total energy consumption(\s?Unit: .*)?$/ });
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('rowheader', { name: /^能源消费总量(\s?单位：.*)?$/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('能源与目标');
    expect(screen.getByText('中铝集团 ESG 指标')).toBeTruthy();
    expect(screen.getAllByText('万吨标准煤').length).toBeGreaterThan(0);
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('zh');
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reports a broken row with file, line and column, and keeps the good rows visible', async () => {
    serve({ ...base, 'observations.csv': base['observations.csv'].replace('2019,group,2866.31', '2019,group,n/a') });
    renderApp('?section=energy', 'en');
    const alert = await screen.findByRole('heading', { name: /1 problem in the data files/ });
    const list = alert.closest('section')!;
    expect(list).toHaveTextContent('observations.csv:2:4');
    expect(list).toHaveTextContent('"n/a" is not a number');
    // The section's full table renders just after the first paint (Deferred).
    const row = (await screen.findByRole('rowheader', { name: /^Total energy consumption(\s?Unit: .*)?$/ })).closest('tr')!;
    const values = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(values).toContain('29.0217');
    expect(values).not.toContain('28.6631');
  });

  it('reports a missing file (HTTP 404) by name and still shows the rest', async () => {
    const { 'targets.csv': _gone, ...rest } = base;
    void _gone;
    serve(rest);
    renderApp('?section=energy', 'zh');
    expect(await screen.findByText(/targets\.csv:1:1/)).toBeTruthy();
    expect(screen.getByText(/无法下载该文件（HTTP 404）/)).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: /^能源消费总量(\s?单位：.*)?$/ })).toBeTruthy();
  });

  it('shows a translated network error with a retry when nothing can be fetched', async () => {
    serve(Object.fromEntries(Object.keys(base).map((k) => [k, null])));
    renderApp('?section=energy', 'zh');
    // One retry (the query's setting) happens before the error shows.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('数据加载失败');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('opens the overview by default with headline cards that link to their sections', async () => {
    serve(base);
    renderApp('', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Water' })).toHaveAttribute('href', '?section=water');
    await userEvent.click(within(nav).getByRole('link', { name: 'Water' }));
    expect(await screen.findByRole('rowheader', { name: /^Water reuse rate(\s?Unit: .*)?$/ })).toBeTruthy();
    expect(new URL(window.location.href).searchParams.get('section')).toBe('water');
  });

  it('asks for no key that either catalog lacks, in every section and both languages', async () => {
    const { missingKeys } = await import('../../src/shared/i18n');
    missingKeys.length = 0;
    serve(base);
    for (const lang of ['en', 'zh'] as const) {
      for (const section of ['overview', 'energy', 'water', 'notes', 'sources']) {
        const { unmount } = renderApp(`?section=${section}`, lang);
        await screen.findAllByRole('heading', { level: 2 });
        unmount();
      }
    }
    expect(missingKeys).toEqual([]);
  });

  it('never renders data text as HTML', async () => {
    const evil = base['indicators.csv'].replace('Total energy consumption', '<img src=x onerror="window.__pwned=1">');
    serve({ ...base, 'indicators.csv': evil });
    renderApp('?section=energy', 'en');
    expect((await screen.findAllByText('<img src=x onerror="window.__pwned=1">')).length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the first screen of a chart section renders first', () => {
  const real = Object.fromEntries(['sources', 'scopes', 'indicators', 'observations', 'targets', 'notes']
    .map((f) => [`${f}.csv`, readFileSync(join(import.meta.dirname, '../../data', `${f}.csv`), 'utf8')]));

  /** What the page held at the first commit that showed the section's first h2, and what it holds in the end. */
  async function firstAndLast(search: string, lastHeading: string) {
    let first: { cards: number; headings: string[] } | null = null;
    const observer = new MutationObserver(() => {
      if (first || !document.querySelector('main h2')) return;
      first = {
        cards: document.querySelectorAll('main figure').length,
        headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent ?? ''),
      };
    });
    observer.observe(document.body, { subtree: true, childList: true });
    serve(real);
    renderApp(search, 'en');
    await screen.findByRole('heading', { level: 2, name: lastHeading });
    observer.disconnect();
    return { first: first!, cards: document.querySelectorAll('main figure').length };
  }

  it('a section with targets: only its first target path, then the other paths, the targets table and the trends', async () => {
    const { first, cards } = await firstAndLast('?section=energy', 'Indicators');
    expect(first).toEqual({ cards: 1, headings: ['Targets against actuals'] });
    expect(screen.getByRole('heading', { level: 2, name: 'Targets of the remediation plan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Trends over time' })).toBeTruthy();
    expect(cards).toBeGreaterThan(3);
  });

  it('Community charts taxes too, and links to Economy and production, whose table lists them', async () => {
    for (const [lang, name, link] of [['en', 'Total taxes paid', 'Economy and production'], ['zh', '纳税总额', '经济与生产']] as const) {
      serve(real);
      const { unmount } = renderApp('?section=community', lang);
      const card = (await screen.findByRole('heading', { level: 3, name })).closest('figure')!;
      expect(within(card).getByRole('link', { name: link }).getAttribute('href')).toBe('?section=economy');
      // Its own indicators keep their cards, without such a link.
      const own = screen.getByRole('heading', { level: 3, name: lang === 'en' ? 'Total donations (appendix figure)' : '捐赠总额（附录口径）' }).closest('figure')!;
      expect(within(own).queryByRole('link', { name: link })).toBeNull();
      unmount();
    }
  });

  it('a section without targets: its first two trend cards, then the rest and the full table', async () => {
    const { first, cards } = await firstAndLast('?section=safety', 'Indicators');
    expect(first).toEqual({ cards: 2, headings: ['Trends over time'] });
    expect(cards).toBeGreaterThan(10);
  });
});
