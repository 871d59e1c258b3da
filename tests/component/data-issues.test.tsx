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
    ['only warnings: no word of rows left out', [warning], false],
    ['an error among them: says rows with errors are left out', [warning, error], true],
  ] as const)('%s', (_, issues, saysLeftOut) => {
    render(createElement(I18nextProvider, { i18n: testI18n('en') }, createElement(DataIssues, { issues })));
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(screen.queryByText(/Rows with errors are left out/) !== null).toBe(saysLeftOut);
  });
});
