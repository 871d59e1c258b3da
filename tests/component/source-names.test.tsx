// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { DATA_FILES, loadDataset } from '../../src/core';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));
const CSR_EN = 'Aluminum Corporation of China 2020 Corporate Social Responsibility Report';

// A 50-row table that repeats a 70-character title on every row buries the section, the part that differs. Tables
// cite the short name from sources.csv; the Sources section gives the full title and says how it is cited.
describe('how figures cite their documents', () => {
  it('an indicator table cites the short name, then the section', async () => {
    serve(files);
    renderApp('?section=community&lang=en', 'en');
    const cell = (await screen.findByRole('rowheader', { name: /^Total donations \(appendix figure\)(\s?Unit: .*)?$/ })).closest('tr')!;
    expect(within(cell).getByText('Chinalco CSR Report 2020: 附录 关键绩效表 / Appendix: key performance table')).toBeInTheDocument();
    expect(cell.textContent).not.toContain(CSR_EN);
  });

  it.each([
    ['en', CSR_EN, 'Cited in tables and under charts as “Chinalco CSR Report 2020”'],
    ['zh', '中国铝业集团有限公司2020企业社会责任报告', '在表格和图表下方简称“中铝集团 2020 社会责任报告”'],
  ] as const)('%s: the Sources section gives the full title and the short name', async (lang, title, cited) => {
    serve(files);
    renderApp(`?section=sources&lang=${lang}`, lang);
    const item = (await screen.findByText(title)).closest('li')!;
    expect(within(item).getByText(cited)).toBeInTheDocument();
  });

  // sources.csv gives the publisher in both languages ("中文 / English"); a reader gets one. A count of zero is left out.
  it.each([
    ['en', CSR_EN, 'Aluminum Corporation of China · Published: 2021', /^(\d+) figures cite this document\.$/],
    ['zh', '中国铝业集团有限公司2020企业社会责任报告', '中国铝业集团有限公司 · 发布：2021 年', /^(\d+) 条数据引用此文件。$/],
  ] as const)('%s: the Sources section names the publisher in the reader\'s language and says only the counts that are not zero', async (lang, title, publisher, counts) => {
    serve(files);
    renderApp(`?section=sources&lang=${lang}`, lang);
    const item = (await screen.findByText(title)).closest('li')!;
    const lines = [...item.querySelectorAll('div')].map((d) => d.textContent);
    expect(lines).toContain(publisher);
    const said = lines.map((l) => counts.exec(l ?? '')).find(Boolean);
    expect(Number(said?.[1])).toBe(files['observations.csv'].split('\n').filter((l) => l.includes(',csr2020,')).length);
  });

  it.each([
    ['en', 'Aluminum Corporation of China', /^\d+ figures and \d+ targets cite this document\.$/],
    ['zh', '中国铝业集团有限公司', /^\d+ 条数据和 \d+ 个目标引用此文件。$/],
  ] as const)('%s: a document cited by figures and targets says both', async (lang, publisher, counts) => {
    serve(files);
    renderApp(`?section=sources&lang=${lang}`, lang);
    await screen.findByText(lang === 'en' ? /^Chinalco plan to remediate/ : /整改方案$/);
    const items = [...document.querySelectorAll('ul.sources li')];
    const lines = items.flatMap((li) => [...li.querySelectorAll('div')].map((d) => d.textContent ?? ''));
    expect(lines.filter((l) => counts.test(l))).toHaveLength(1);
    expect(lines).toContain(publisher);
  });

  it('without short names, tables cite the full title', async () => {
    const sources = files['sources.csv'].split('\n').map((l) => l.split(',').slice(0, 6).join(',')).join('\n');
    serve({ ...files, 'sources.csv': sources });
    renderApp('?section=community&lang=en', 'en');
    const cell = (await screen.findByRole('rowheader', { name: /^Total donations \(appendix figure\)(\s?Unit: .*)?$/ })).closest('tr')!;
    expect(cell.textContent).toContain(`${CSR_EN}: 附录 关键绩效表 / Appendix: key performance table`);
  });
});

// Analysts and journalists take the whole data set, not one chart: the Sources section offers every data file as it
// is validated on the page, with a byte order mark so that Excel opens the Chinese text correctly.
describe('the data files as downloads', () => {
  it('lists each file with what it holds, and saves it as UTF-8 with BOM that loads back to the same records', async () => {
    const saved: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    Object.assign(URL, { createObjectURL: (b: Blob) => { saved.push(b); return 'blob:x'; }, revokeObjectURL: () => undefined });
    onTestFinished(() => { Object.assign(URL, { createObjectURL, revokeObjectURL }); });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    onTestFinished(() => click.mockRestore());
    serve(files);
    renderApp('?section=sources&lang=en', 'en');
    const list = await screen.findByRole('list', { name: 'The data files' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Download sources.csv 2 source documents',
      `Download scopes.csv ${files['scopes.csv'].trim().split('\n').length - 1} scopes (the group, plants and sites)`,
      expect.stringMatching(/^Download indicators\.csv \d+ indicators with their names, units and direction$/),
      expect.stringMatching(/^Download observations\.csv \d+ figures, each with its quote$/),
      expect.stringMatching(/^Download targets\.csv \d+ targets, each with its quote$/),
      expect.stringMatching(/^Download notes\.csv \d+ data notes, each with both quotes$/),
    ]);
    within(list).getByRole('button', { name: 'Download observations.csv' }).click();
    expect(click).toHaveBeenCalledTimes(1);
    // ignoreBOM: keep the mark in the text (by default the decoder drops it, and this test would not see it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0].arrayBuffer());
    expect(text.startsWith('\uFEFFindicator_id,period,scope_id,value,status,source_id,locator,quote,note_zh,note_en\n')).toBe(true);
    const original = loadDataset({ ...files }).dataset.observations;
    const reloaded = loadDataset({ ...files, 'observations.csv': text.slice(1) }).dataset.observations;
    expect(reloaded.map((o) => [o.indicatorId, o.period, o.scopeId, o.valueText, o.quote]))
      .toEqual(original.map((o) => [o.indicatorId, o.period, o.scopeId, o.valueText, o.quote]));
    expect(within(list).getByText(`${original.length} figures, each with its quote`)).toBeInTheDocument();
  });
});
