// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset, type DataFiles } from '../../src/core';
import { previewLocales } from '../../src/features/preview/locales';
import type { PreviewResult } from '../../src/features/preview/pipeline';
import { Preview } from '../../src/features/preview/Preview';
import { datasetQueryOptions } from '../../src/shared/dataset';
import { testI18n as createI18n } from '../support/i18n';
import { base, withFiles } from '../unit/fixtures';

function renderPreview({ published = base, onResult }: { published?: DataFiles; onResult?: (r: PreviewResult | null) => void } = {}) {
  const i18n = createI18n('en');
  for (const l of ['en', 'zh'] as const) i18n.addResourceBundle(l, 'ui', { preview: previewLocales[l] }, true, true);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, { ...loadDataset(published), fetchIssues: [] });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}><Preview onResult={onResult} /></QueryClientProvider>
    </I18nextProvider>,
  );
  return { i18n };
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const picker = () => screen.getByLabelText('Choose CSV files to check') as HTMLInputElement;
const brokenObservations = base['observations.csv'].replace('2019,group,2866.31', '2019,group,n/a');
const editedTargets = base['targets.csv'].replaceAll('0.278', '0.275'); // value and quote
const status = () => screen.getByRole('status');
const fileItems = () => within(screen.getByRole('region', { name: 'Files checked' })).getAllByRole('listitem');
const diffRegion = () => screen.getByRole('region', { name: 'Changes compared with the published data' });

describe('Preview: files add up', () => {
  it('checks a later drop together with the earlier one, and announces the new result', async () => {
    renderPreview();
    await userEvent.upload(picker(), csv('observations.csv', brokenObservations));
    await screen.findByText('observations.csv:2:4');
    await userEvent.upload(picker(), csv('targets.csv', editedTargets));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 2 files.'));
    expect(status()).toHaveTextContent('1 problem.');
    expect(status()).toHaveTextContent('2 rows differ from the published data.'); // a removed figure, a changed target
    expect(fileItems().map((li) => li.querySelector('strong')!.textContent))
      .toEqual(['observations.csv replaces observations.csv', 'targets.csv replaces targets.csv']);
    // The first file's problem is still there, and the target is compared with the edited observations, not the published.
    expect(screen.getByText('observations.csv:2:4')).toBeTruthy();
    expect(diffRegion()).toHaveTextContent('0 added, 1 changed, 1 removed.');
  });

  it('keeps the earlier result after a file that is not a data file', async () => {
    renderPreview();
    await userEvent.upload(picker(), csv('observations.csv', brokenObservations));
    await screen.findByText('observations.csv:2:4');
    fireEvent.drop(picker().closest('.preview-drop')!, { dataTransfer: { files: [new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'observations.xlsx')] } });
    const notices = await screen.findByRole('list', { name: 'About the files' });
    expect(notices).toHaveTextContent('“observations.xlsx” is not one of the data files');
    expect(screen.getByText('observations.csv:2:4')).toBeTruthy();
    expect(fileItems()).toHaveLength(2);
  });

  it('replaces an earlier file for the same data file and says so', async () => {
    renderPreview();
    await userEvent.upload(picker(), csv('observations.csv', brokenObservations));
    await screen.findByText('observations.csv:2:4');
    await userEvent.upload(picker(), csv('observations (1).csv', base['observations.csv']));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    expect(status()).toHaveTextContent('observations (1).csv takes the place of observations.csv, added before.');
    expect(fileItems().map((li) => li.querySelector('strong')!.textContent)).toEqual(['observations (1).csv replaces observations.csv']);
    expect(screen.queryByText('observations.csv:2:4')).toBeNull();
    expect(screen.getByText('No problems found.')).toBeTruthy();
    expect(status()).toHaveTextContent('No problems. Nothing differs from the published data.');
  });

  it('removes one file from the keyboard, checks the rest again and keeps focus in the list', async () => {
    renderPreview();
    await userEvent.upload(picker(), [csv('observations.csv', brokenObservations), csv('scopes.csv', base['scopes.csv'])]);
    await screen.findByText('observations.csv:2:4');
    const remove = screen.getByRole('button', { name: 'Remove observations.csv from the check' });
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    expect(screen.queryByText('observations.csv:2:4')).toBeNull();
    expect(fileItems()).toHaveLength(1);
    // Focus went to the remove button that took the removed one's place, not to the start of the page.
    expect(screen.getByRole('button', { name: 'Remove scopes.csv from the check' })).toHaveFocus();
  });

  it('after the last file is removed, clears the result, says so and puts focus on the file picker', async () => {
    const onResult = vi.fn();
    renderPreview({ onResult });
    await userEvent.upload(picker(), csv('observations.csv', brokenObservations));
    await screen.findByText('observations.csv:2:4');
    await userEvent.click(screen.getByRole('button', { name: 'Remove observations.csv from the check' }));
    expect(screen.queryByRole('region', { name: 'Files checked' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();
    expect(status()).toHaveTextContent('All files removed. Choose or drop files to start a new check.');
    expect(picker()).toHaveFocus();
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  it('starts again: every file removed, the next drop checked on its own', async () => {
    renderPreview();
    await userEvent.upload(picker(), [csv('observations.csv', brokenObservations), csv('scopes.csv', base['scopes.csv'])]);
    await screen.findByText('observations.csv:2:4');
    await userEvent.click(screen.getByRole('button', { name: 'Start again (remove all files)' }));
    expect(picker()).toHaveFocus();
    expect(status()).toHaveTextContent('All files removed.');
    await userEvent.upload(picker(), csv('targets.csv', editedTargets));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    expect(fileItems().map((li) => li.querySelector('strong')!.textContent)).toEqual(['targets.csv replaces targets.csv']);
  });

  it('keeps the list of files, with its remove buttons, while the check runs again', async () => {
    renderPreview();
    await userEvent.upload(picker(), csv('observations.csv', brokenObservations));
    await screen.findByText('observations.csv:2:4');
    fireEvent.drop(picker().closest('.preview-drop')!, { dataTransfer: { files: [csv('scopes.csv', base['scopes.csv'])] } });
    // Before the new result: both files listed, the new one being checked.
    expect(fileItems()).toHaveLength(2);
    expect(fileItems()[1]).toHaveTextContent('Checking…');
    expect(screen.getByRole('button', { name: 'Remove scopes.csv from the check' })).toBeTruthy();
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 2 files.'));
  });
});

describe('Preview: changes of names, sources and notes', () => {
  const published = withFiles({
    'scopes.csv': base['scopes.csv'].replace('group,集团,Group', 'group,集团,Group − all sites'),
  });

  it('lists a garbled name by file, id and column, before → after, and marks the character that differs', async () => {
    renderPreview({ published });
    await userEvent.upload(picker(), csv('scopes.csv', base['scopes.csv'].replace('group,集团,Group', 'group,集团,Group ? all sites')));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    const diff = diffRegion();
    expect(diff).toHaveTextContent('No figure or target changes compared with the published data.');
    expect(within(diff).getByRole('heading', { name: 'Names, units, sources and notes' })).toBeTruthy();
    const group = within(diff).getByText('scopes.csv: 0 added, 1 changed, 0 removed').closest('details')!;
    const [header, line] = within(group).getAllByRole('row');
    expect(within(header).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Change', 'Row (id)', 'Column', 'Before → after']);
    const cells = within(line).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['Changed', 'group (line 2)', 'name_en']);
    expect(cells[3]).toBe('Group − all sites → Group ? all sites (characters U+2212 → U+003F)');
    expect([...line.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['−', '?']);
  });

  it('shows HTML in a name as text, never as an element', async () => {
    renderPreview();
    const payload = '<img src=x onerror="window.__pwned=1">';
    const scopes = base['scopes.csv'].replace('group,集团,Group', `group,集团,"${payload.replaceAll('"', '""')}"`);
    await userEvent.upload(picker(), csv('scopes.csv', scopes));
    const group = (await within(await screen.findByRole('region', { name: 'Changes compared with the published data' }))
      .findByText('scopes.csv: 0 added, 1 changed, 0 removed')).closest('details')!;
    expect(group).toHaveTextContent(`Group → ${payload}`);
    expect(group.querySelector('img')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('lists added and removed rows with their id and names, and says when nothing but figures changed', async () => {
    renderPreview();
    const scopes = `${base['scopes.csv']}smelters,冶炼企业,smelters\n`;
    await userEvent.upload(picker(), csv('scopes.csv', scopes));
    const group = (await screen.findByText('scopes.csv: 1 added, 0 changed, 0 removed')).closest('details')!;
    expect(within(group).getAllByRole('row')[1]).toHaveTextContent('Addedsmelters (line 4)name_zh / name_en冶炼企业 / smelters');
    await userEvent.click(screen.getByRole('button', { name: 'Start again (remove all files)' }));
    await userEvent.upload(picker(), csv('targets.csv', editedTargets));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    expect(diffRegion()).toHaveTextContent('No changes in sources.csv, scopes.csv, indicators.csv or notes.csv compared with the published data.');
  });

  it('shows what else changed in a figure row: the column, before → after', async () => {
    renderPreview();
    const observations = base['observations.csv'].replace('重复用水率 % 96.59 97.09 92.92,,', '重复用水率 % 96.59 97.09 92.92,,Rate ? 2020');
    await userEvent.upload(picker(), csv('observations.csv', observations));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    const also = within(diffRegion()).getByRole('list', { name: 'Also changed' });
    expect(within(also).getByRole('listitem')).toHaveTextContent('note_en: (empty) → Rate ? 2020');
  });

  it('speaks Chinese too', async () => {
    const { i18n } = renderPreview({ published });
    await userEvent.upload(picker(), csv('scopes.csv', base['scopes.csv'].replace('group,集团,Group', 'group,集团,Group ? all sites')));
    await waitFor(() => expect(status()).toHaveTextContent('Check finished: 1 file.'));
    await act(async () => { await i18n.changeLanguage('zh'); });
    const diff = screen.getByRole('region', { name: '与已发布数据相比的变化' });
    expect(within(diff).getByRole('heading', { name: '名称、单位、来源和说明' })).toBeTruthy();
    const line = within(diff.querySelector('details')!).getAllByRole('row')[1];
    expect(line).toHaveTextContent('修改group (第 2 行)name_en');
    expect(line).toHaveTextContent('(字符 U+2212 → U+003F)');
    expect(screen.getByRole('status')).toHaveTextContent('与已发布的数据相比有 1 行不同。');
  });
});
