// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { issue } from '../../src/core/issues';
import { DataIssues } from '../../src/features/data-issues/DataIssues';
import { testI18n } from '../support/i18n';

const warning = issue('observations.csv', 1, 1, 'encoding_gb18030', { marks: 0 }, 'warning');
const error = issue('observations.csv', 3, 4, 'number_not_a_number', { value: 'n/a', column: 'value' });

// The audit's case: one GBK warning, and the box said "Rows with errors are left out" although every row was shown.
describe('the dashboard\'s box of data issues', () => {
  it.each([
    ['only warnings: called warnings, every row shown', [warning], 'en', '1 warning about the data files', /Every row is shown/],
    ['an error among them: problems, rows with errors left out', [warning, error], 'en', '2 problems in the data files', /Rows with errors are left out/],
    ['only warnings, in Chinese', [warning, warning], 'zh', '数据文件有 2 条警告', /所有行均照常显示/],
    ['an error, in Chinese', [error], 'zh', '数据文件中有 1 个问题', /有错误的行未显示/],
  ] as const)('%s', (_, issues, lang, title, intro) => {
    render(createElement(I18nextProvider, { i18n: testI18n(lang) }, createElement(DataIssues, { issues })));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(title);
    expect(screen.getByRole('region', { name: title })).toHaveTextContent(intro);
  });
});
