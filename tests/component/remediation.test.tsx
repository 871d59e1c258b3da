// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/core';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));

// The bar of complaints closed says its parts in words, in the reader's punctuation, and the table under it is its
// legend: each row starts with its segment's colour.
describe('the complaints bar of Remediation progress', () => {
  it.each([
    ['en', 'Public complaints closed: 179 (54.2%); Public complaints closed at the current stage: 151 (45.8%)'],
    ['zh', '已办结群众举报件：179（54.2%）；阶段办结群众举报件：151（45.8%）'],
  ] as const)('%s', async (lang, words) => {
    serve(files);
    renderApp(`?section=remediation&lang=${lang}`, lang);
    const figure = (await screen.findByRole('img', { name: words })).closest('figure')!;
    const segments = [...figure.querySelectorAll('.stack-part')].map((s) => s.className.match(/stack-\d/)![0]);
    const swatches = within(figure).getAllByRole('rowheader').map((th) => th.querySelector('.swatch')?.className.match(/stack-\d/)?.[0]);
    expect(segments).toEqual(['stack-0', 'stack-1']);
    expect(swatches).toEqual(segments);
  });
});

// The sum line names the parts as the indicators do, not with a coined "closed-at-stage".
describe('the sum of the complaints closed', () => {
  it.each([
    ['en', 'Complaints closed and those closed at the current stage add up to 330, the number referred.'],
    ['zh', '已办结与阶段办结合计 330 件，与交办总数一致。'],
  ] as const)('%s', async (lang, sentence) => {
    serve(files);
    renderApp(`?section=remediation&lang=${lang}`, lang);
    expect(await screen.findByText(sentence)).toBeInTheDocument();
  });
});
