// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '../../src/app/sections';
import { DATA_FILES } from '../../src/core';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));

// A screen reader's list of headings is how many readers move through a page: "Sources, heading level 1" followed by
// "Sources, heading level 2" says nothing the first did not. Each section's headings below its title say what they add.
describe('no heading repeats the section title', () => {
  it.each(SECTIONS.filter((s) => s.id !== 'preview').flatMap((s) => [[s.id, 'en'], [s.id, 'zh']] as const))('%s (%s)', async (id, lang) => {
    serve(files);
    renderApp(`?section=${id}&lang=${lang}`, lang);
    const h2 = await screen.findAllByRole('heading', { level: 2 });
    const title = screen.getByRole('heading', { level: 1 }).textContent;
    expect(h2.map((h) => h.textContent)).not.toContain(title);
  });
});
