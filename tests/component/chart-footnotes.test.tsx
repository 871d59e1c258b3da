// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, loadDataset } from '../../src/core';
import { en } from '../../src/shared/locales/en';
import { zh } from '../../src/shared/locales/zh';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));
const data = loadDataset(files).dataset;

/** The figure under the level-3 heading `name`, once the app has drawn it. */
async function figure(name: string): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { level: 3, name })).closest('figure')!;
}

// The target paths are the section's most quoted charts: they must say where their numbers come from and link the
// data notes that qualify them (a baseline named differently from the targets, a milestone at an average level).
describe('a target path names its sources and links its data notes, like every chart', () => {
  it.each([
    ['en', 'alumina_energy_intensity', ': baseline and milestones'],
    ['zh', 'aluminium_ac_power', '：基准与节点目标'],
  ] as const)('%s: %s', async (lang, indicatorId, suffix) => {
    serve(files);
    renderApp(`?section=energy&lang=${lang}`, lang);
    const ind = data.indicators.find((i) => i.indicatorId === indicatorId)!;
    const card = await figure(`${lang === 'zh' ? ind.nameZh : ind.nameEn}${suffix}`);
    const plotted = [...data.targets, ...data.observations].filter((r) => r.indicatorId === indicatorId);
    const title = (id: string) => {
      // Charts cite a document by its short name from sources.csv, not its full title.
      const s = data.sources.find((x) => x.sourceId === id)!;
      return lang === 'zh' ? s.shortZh : s.shortEn;
    };
    // The Chinese page cites the Chinese heading of each locator only ("三、工作目标（二）"); the English page keeps both.
    const expected = [...new Set(plotted.map((r) => (lang === 'zh' ? `来源：${title(r.sourceId)}，${r.locator.split(' / ')[0]}` : `Source: ${title(r.sourceId)}, ${r.locator}`)))];
    const lines = [...card.querySelectorAll('figcaption .source')].map((e) => e.textContent);
    expect(new Set(lines)).toEqual(new Set(expected));
    expect(lines).toHaveLength(expected.length);

    const notes = data.notes.filter((n) => n.indicatorIds.includes(indicatorId));
    expect(notes.map((n) => n.kind)).toContain('definition');
    const links = within(card.querySelector('figcaption')!).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(notes.map((n) => expect.stringMatching(new RegExp(`section=notes.*#note-${n.noteId}$`))));
    // Each marker names the note's kind, so a definition or scope that differs is said on the chart itself.
    expect(links.map((a) => a.textContent)).toEqual(notes.map((n) => (lang === 'zh'
      ? `⚠ 数据说明（${zh.notes.kind[n.kind]}）：${n.titleZh}`
      : `⚠ Data note (${en.notes.kind[n.kind]}): ${n.titleEn}`)));
  });
});

describe('the remediation section\'s complaints chart', () => {
  it('names the document and section of the received and closed counts it draws', async () => {
    serve(files);
    renderApp('?section=remediation&lang=en', 'en');
    const heading = await screen.findByRole('heading', { level: 3, name: /complaints/i });
    // The first group-wide figure of each count, as the chart draws it.
    const counts = ['public_complaints_received', 'public_complaints_closed', 'public_complaints_stage_closed']
      .map((id) => data.observations.find((o) => o.scopeId === 'group' && o.indicatorId === id)!);
    const title = data.sources.find((s) => s.sourceId === counts[0].sourceId)!.shortEn;
    const lines = [...heading.closest('figure')!.querySelectorAll('figcaption .source')].map((e) => e.textContent);
    expect(lines).toEqual([...new Set(counts.map((o) => `Source: ${title}, ${o.locator}`))]);
  });
});

describe('the remediation section\'s complaints table', () => {
  it('heads its rows as indicators and scrolls on its own, a keyboard-reachable group, so quotes stay readable on a phone', async () => {
    serve(files);
    renderApp('?section=remediation&lang=en', 'en');
    const figure = (await screen.findByRole('heading', { level: 3, name: /complaints/i })).closest('figure')!;
    const group = within(figure).getByRole('group', { name: /complaints/i });
    expect(group).toHaveClass('table-scroll');
    expect(group).toHaveAttribute('tabindex', '0');
    const table = within(group).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Indicator', 'Value', '%', 'Quote']);
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(
      ['public_complaints_closed', 'public_complaints_stage_closed'].map((id) => data.indicators.find((i) => i.indicatorId === id)!.nameEn));
  });
});

describe('the remediation section\'s headline cards', () => {
  it('name the document and section their counts are quoted from, like a chart', async () => {
    serve(files);
    renderApp('?section=remediation&lang=en', 'en');
    const heading = await screen.findByRole('heading', { level: 2, name: 'The remediation plan in numbers' });
    const counts = ['remediation_problems', 'remediation_measures', 'public_complaints_received']
      .map((id) => data.observations.find((o) => o.scopeId === 'group' && o.indicatorId === id)!);
    const title = data.sources.find((s) => s.sourceId === counts[0].sourceId)!.shortEn;
    const section = heading.closest('section')!;
    const lines = [...section.querySelectorAll('.cards-sources .source')].map((e) => e.textContent);
    expect(lines).toEqual([...new Set(counts.map((o) => `Source: ${title}, ${o.locator}`))]);
  });
});
