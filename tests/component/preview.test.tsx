// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/core';
import { previewLocales } from '../../src/features/preview/locales';
import { runPreview, startPreview, type PreviewRequest, type PreviewResult } from '../../src/features/preview/pipeline';
import { Preview, type PreviewProps } from '../../src/features/preview/Preview';
import { answer, type ValidateOptions } from '../../src/features/preview/validate';
import { datasetQueryOptions } from '../../src/shared/dataset';
import { testI18n as createI18n } from '../support/i18n';
import { base } from '../unit/fixtures';

function renderPreview(props: PreviewProps = {}, lang: 'en' | 'zh' = 'en') {
  const i18n = createI18n(lang);
  // Until the lead merges them into the app catalogs, register the preview's strings the way the app will see them.
  for (const l of ['en', 'zh'] as const) i18n.addResourceBundle(l, 'ui', { preview: previewLocales[l] }, true, true);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, { ...loadDataset(base), fetchIssues: [] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}><Preview {...props} /></QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n };
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const edited = base['observations.csv'].replace('2019,group,2866.31', '2019,group,n/a').replace(',2902.17,', ',"2,902.71",');
const picker = () => screen.getByLabelText('Choose CSV files to check') as HTMLInputElement;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Preview', () => {
  it('offers a real, labelled, keyboard-reachable file input for several CSV files, and the templates', async () => {
    renderPreview();
    const input = picker();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAttribute('accept', '.csv,text/csv');
    await userEvent.tab();
    expect(input).toHaveFocus();
    const templates = screen.getByRole('region', { name: 'Blank templates' });
    const link = within(templates).getByRole('link', { name: 'observations.csv template' });
    expect(link).toHaveAttribute('href', '/templates/observations.csv');
    expect(link).toHaveAttribute('download', 'observations.csv');
    expect(within(templates).getAllByRole('link')).toHaveLength(6);
  });

  it('validates a picked file with the same core and lists each issue with file, line, column, problem and fix', async () => {
    const onResult = vi.fn();
    renderPreview({ onResult });
    await userEvent.upload(picker(), csv('observations.csv', edited));
    const issues = await screen.findByRole('region', { name: 'Problems' });
    const item = within(issues).getByText('observations.csv:2:4').closest('li')!;
    expect(item).toHaveTextContent('Error');
    expect(item).toHaveTextContent('observations.csv line 2, column 4 (Excel column D)');
    expect(item).toHaveTextContent('"n/a" is not a number. Write the number as the source prints it');
    expect(screen.getByRole('note')).toHaveTextContent('Preview: these files are not published');
    expect(onResult).toHaveBeenCalledTimes(1);
    expect((onResult.mock.calls[0][0] as PreviewResult).dataset.observations).toHaveLength(2);
  });

  it('shows the changes against the published data per indicator: old -> new, added, removed', async () => {
    renderPreview();
    await userEvent.upload(picker(), csv('observations.csv', edited));
    const diff = await screen.findByRole('region', { name: 'Changes compared with the published data' });
    expect(diff).toHaveTextContent('0 added, 1 changed, 1 removed.');
    expect(within(diff).getByText('Total energy consumption: 0 added, 1 changed, 1 removed')).toBeTruthy();
    const changed = within(diff).getByText('Changed').closest('tr')!;
    // As stored in the file, in the source's unit: the text Excel's Find matches (the cell held "2,902.71", stored 2902.71).
    expect(changed).toHaveTextContent('2902.17 10,000 tce → 2902.71 10,000 tce');
    expect(changed).toHaveTextContent('line 3');
    expect(within(diff).getByText('Removed').closest('tr')).toHaveTextContent('2866.31');
  });

  it('draws a long list of changes in steps that end with every listed line', async () => {
    renderPreview();
    const added = Array.from({ length: 250 }, (_, i) => `energy_total,2020,group,${i},reported,csr2020,L${i},q,,`).join('\n');
    await userEvent.upload(picker(), csv('observations.csv', `${base['observations.csv']}${added}\n`));
    const diff = await screen.findByRole('region', { name: 'Changes compared with the published data' });
    expect(diff).toHaveTextContent('250 added, 0 changed, 0 removed.');
    const group = within(diff).getByText('Total energy consumption: 250 added, 0 changed, 0 removed').closest('details')!;
    // The first lines at once, the rest a few at a time until the group's 100 listed changes are all there.
    await waitFor(() => expect(within(group).getAllByRole('row')).toHaveLength(101), { timeout: 5000 }); // with the header row
    expect(within(group).getAllByRole('row')[100]).toHaveTextContent('L99');
    expect(group).toHaveTextContent('150 more changes of this indicator are not listed.');
  });

  it('shows problems and changes in Chinese when the language changes', async () => {
    const { i18n } = renderPreview();
    await userEvent.upload(picker(), csv('observations.csv', edited));
    await screen.findByRole('region', { name: 'Problems' });
    await act(async () => { await i18n.changeLanguage('zh'); });
    const issues = screen.getByRole('region', { name: '问题' });
    expect(issues).toHaveTextContent('observations.csv 第 2 行，第 4 列（Excel 第 D 列）');
    expect(issues).toHaveTextContent('“n/a”不是数字');
    expect(screen.getByRole('region', { name: '与已发布数据相比的变化' })).toHaveTextContent('能源消费总量：新增 0，修改 1，删除 1');
    // Where each changed row comes from, with the Chinese colon: "csr2020：附录".
    expect(screen.getByRole('region', { name: '与已发布数据相比的变化' }).textContent).toMatch(/ · csr2020：\S/);
  });

  it('downloads a cleaned CSV: UTF-8 with BOM, LF, plain numbers, same rows', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => { blobs.push(b); return 'blob:x'; }), revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPreview();
    const crlf = base['observations.csv'].replace('2866.31', '"2,866.31"').replaceAll('\n', '\r\n');
    await userEvent.upload(picker(), csv('observations (1).csv', crlf));
    await screen.findByRole('region', { name: 'Problems' }); // the result, not just the list of files
    const files = screen.getByRole('region', { name: 'Files checked' });
    expect(files).toHaveTextContent('observations (1).csv replaces observations.csv');
    expect(files).toHaveTextContent('1 cell normalised');
    await userEvent.click(within(files).getByRole('button', { name: 'Download cleaned observations.csv' }));
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('observations.csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text).toBe(base['observations.csv']);
  });

  it('accepts files dropped on the drop zone', async () => {
    renderPreview();
    const zone = picker().closest('.preview-drop')!;
    fireEvent.dragEnter(zone);
    expect(zone).toHaveClass('is-dragging');
    fireEvent.drop(zone, { dataTransfer: { files: [csv('observations.csv', edited)] } });
    expect(await screen.findByText('observations.csv:2:4')).toBeTruthy();
    expect(zone).not.toHaveClass('is-dragging');
  });

  it('shows progress while a check runs', async () => {
    let finish!: () => void;
    const validate = vi.fn(async (req: PreviewRequest, o: ValidateOptions) => {
      o.onProgress({ stage: 'reading', done: 0, total: 4, file: 'observations.csv' });
      await new Promise<void>((r) => { finish = r; });
      return runPreview(req);
    });
    renderPreview({ validate });
    await userEvent.upload(picker(), csv('observations.csv', edited));
    expect(await screen.findByText('Reading observations.csv (1 of 4 steps)…')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Progress of the check' });
    expect(bar).toHaveAttribute('max', '4');
    await act(async () => finish());
    expect(await screen.findByText('Check finished: 1 file.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('two drops in quick succession: the second adds to the first, cancelling its run; a stale result is ignored', async () => {
    const runs: { req: PreviewRequest; signal: AbortSignal; go: () => void }[] = [];
    const validate = (req: PreviewRequest, o: ValidateOptions) => new Promise<PreviewResult>((resolve) => {
      runs.push({ req, signal: o.signal, go: () => void runPreview(req).then(resolve) });
    });
    renderPreview({ validate });
    const zone = picker().closest('.preview-drop')!;
    fireEvent.drop(zone, { dataTransfer: { files: [csv('observations.csv', edited)] } });
    fireEvent.drop(zone, { dataTransfer: { files: [csv('scopes.csv', base['scopes.csv'])] } });
    expect(runs).toHaveLength(2);
    expect(runs[0].signal.aborted).toBe(true);
    expect(runs[1].signal.aborted).toBe(false);
    expect(runs[1].req.files.map((f) => f.name)).toEqual(['observations.csv', 'scopes.csv']);
    // The newer run finishes first, then the stale one: the stale result must not replace it.
    await act(async () => runs[1].go());
    await screen.findByText('Check finished: 2 files.');
    await act(async () => { runs[0].go(); await new Promise((r) => setTimeout(r, 20)); });
    const files = screen.getByRole('region', { name: 'Files checked' });
    expect(within(files).getAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent))
      .toEqual(['observations.csv replaces observations.csv', 'scopes.csv replaces scopes.csv']);
    expect(screen.getByText('observations.csv:2:4')).toBeTruthy();
  });

  it('refuses a 200 MB file before reading it, naming the file', async () => {
    renderPreview();
    const big = csv('observations.csv', 'x');
    Object.defineProperty(big, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(big, 'arrayBuffer');
    fireEvent.drop(picker().closest('.preview-drop')!, { dataTransfer: { files: [big] } });
    const item = (await screen.findByText('observations.csv:1:1')).closest('li')!;
    expect(item).toHaveTextContent('The file is 200 MB, above the limit of 50 MB');
    expect(read).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Files checked' })).toHaveTextContent('Not checked');
  });

  it('lists notices for files that are not data files', async () => {
    renderPreview();
    await userEvent.upload(picker(), [csv('budget.csv', 'a,b\n'), csv('scopes.csv', base['scopes.csv'])]);
    const notices = await screen.findByRole('list', { name: 'About the files' });
    expect(notices).toHaveTextContent('“budget.csv” is not one of the data files');
  });

  it('in the browser, runs the check in a module worker and reassembles its chunked reply', async () => {
    const made: { url: string; type?: string; worker: { terminated: boolean } }[] = [];
    class FakeWorker {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: ErrorEvent) => void) | null = null;
      terminated = false;
      constructor(url: URL, options?: WorkerOptions) { made.push({ url: String(url), type: options?.type, worker: this }); }
      postMessage(req: PreviewRequest) {
        // Each reply is its own task, as between a real worker and the page.
        void answer(req, (m) => setTimeout(() => { if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent); }, 0));
      }
      terminate() { this.terminated = true; }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const onResult = vi.fn();
    renderPreview({ onResult });
    const many = `${base['observations.csv']}${Array.from({ length: 12_000 }, (_, i) =>
      `energy_total,2020,group,${i},reported,csr2020,L${i},q,,`).join('\n')}\n`;
    await userEvent.upload(picker(), csv('observations.csv', many));
    expect(await screen.findByRole('button', { name: 'Download cleaned observations.csv' }, { timeout: 15_000 })).toBeTruthy();
    expect(made).toHaveLength(1);
    expect(made[0].type).toBe('module');
    expect(made[0].url).toMatch(/preview\.worker\.ts/);
    expect(made[0].worker.terminated).toBe(true);
    // 12,003 rows arrived in chunks of ROWS_PER_MESSAGE and were put back together in order.
    const rows = (onResult.mock.calls[0][0] as PreviewResult).dataset.observations;
    expect(rows).toHaveLength(12_003);
    expect(rows.map((o) => o.line)).toEqual(Array.from({ length: 12_003 }, (_, i) => i + 2));
    expect(screen.getByRole('region', { name: 'Changes compared with the published data' })).toHaveTextContent('12000 added');
  });

  it('shows the result before the cleaned copy is ready, then offers the download', async () => {
    let deliver!: () => void;
    const validate = async (req: PreviewRequest, o: ValidateOptions) => {
      const run = await startPreview(req);
      deliver = () => o.onCleaned?.(run.clean());
      return run.result;
    };
    renderPreview({ validate });
    await userEvent.upload(picker(), csv('observations.csv', edited));
    // The list of files shows from the drop on; the result is there once the problems are.
    await screen.findByRole('region', { name: 'Problems' });
    const files = screen.getByRole('region', { name: 'Files checked' });
    expect(files).toHaveTextContent('Preparing the cleaned copy…');
    expect(within(files).queryByRole('button', { name: /Download/ })).toBeNull();
    await act(async () => deliver());
    expect(within(files).getByRole('button', { name: 'Download cleaned observations.csv' })).toBeTruthy();
  });

  it('lists many problems 200 at a time, so the page never freezes', async () => {
    renderPreview();
    const bad = `${base['observations.csv']}${Array.from({ length: 450 }, (_, i) => `energy_total,2020,group,x,reported,csr2020,L${i},q,,`).join('\n')}\n`;
    await userEvent.upload(picker(), csv('observations.csv', bad));
    const issues = await screen.findByRole('region', { name: 'Problems' });
    expect(issues).toHaveTextContent('450 problems.');
    expect(within(issues).getAllByRole('listitem')).toHaveLength(200);
    await userEvent.click(within(issues).getByRole('button', { name: 'Show 200 more problems' }));
    await userEvent.click(within(issues).getByRole('button', { name: 'Show 50 more problems' }));
    expect(within(issues).getAllByRole('listitem')).toHaveLength(450);
    expect(within(issues).queryByRole('button')).toBeNull();
    expect(within(issues).getAllByRole('listitem')[449]).toHaveTextContent('observations.csv:454:4');
  });

  it('reports a failed run as an alert', async () => {
    renderPreview({ validate: () => Promise.reject(new Error('out of memory')) });
    await userEvent.upload(picker(), csv('observations.csv', edited));
    expect(await screen.findByRole('alert')).toHaveTextContent('The check could not run: out of memory.');
  });
});

describe('previewLocales', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  const get = (o: object, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('has the same keys and placeholders in English and Chinese', () => {
    expect(keys(previewLocales.zh).sort()).toEqual(keys(previewLocales.en).sort());
    for (const k of keys(previewLocales.en)) expect(placeholders(get(previewLocales.zh, k)), k).toEqual(placeholders(get(previewLocales.en, k)));
  });

  it('has a text for every notice, stage and clean-up outcome the pipeline produces', () => {
    const all = keys(previewLocales.en);
    for (const k of ['unknownFile', 'duplicateFile', 'noRows', 'unusable', 'publishedMissing']) expect(all).toContain(`notice.${k}`);
    for (const k of ['reading', 'validating', 'comparing']) expect(all).toContain(`stage.${k}`);
    for (const k of ['pending', 'unusable', 'rows_dropped', 'refused']) expect(all).toContain(`files.state.${k}`);
  });
});
