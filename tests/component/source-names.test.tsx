// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/core';
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
    const cell = (await screen.findByRole('rowheader', { name: 'Total donations (as printed in the appendix)' })).closest('tr')!;
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

  it('without short names, tables cite the full title', async () => {
    const sources = files['sources.csv'].split('\n').map((l) => l.split(',').slice(0, 6).join(',')).join('\n');
    serve({ ...files, 'sources.csv': sources });
    renderApp('?section=community&lang=en', 'en');
    const cell = (await screen.findByRole('rowheader', { name: 'Total donations (as printed in the appendix)' })).closest('tr')!;
    expect(cell.textContent).toContain(`${CSR_EN}: 附录 关键绩效表 / Appendix: key performance table`);
  });
});
