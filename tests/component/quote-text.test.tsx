// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/core';
import { QuoteText } from '../../src/shared/QuoteText';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());
const files = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));

// The seeds mark figures the report prints in bold as **27**; a reader should see bold type, not asterisks, and no text
// from the data may ever become markup.
describe('QuoteText', () => {
  it.each([
    ['实施重点节能减排类项目 **27** 项', '实施重点节能减排类项目 27 项', ['27']],
    ['年节约约 **2** 亿度，折合减排二氧化碳 **47** 万吨', '年节约约 2 亿度，折合减排二氧化碳 47 万吨', ['2', '47']],
    ['能源消费总量 万吨标准煤 2,902.17', '能源消费总量 万吨标准煤 2,902.17', []],
    ['an unmatched ** stays as written', 'an unmatched ** stays as written', []],
    ['<b>**x**</b><img src=x onerror=alert(1)>', '<b>x</b><img src=x onerror=alert(1)>', ['x']],
  ])('%s', (text, shown, bold) => {
    const { container } = render(<p><QuoteText text={text} /></p>);
    expect(container.textContent).toBe(shown);
    expect([...container.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(bold);
    expect(container.querySelector('b, img')).toBeNull();
  });
});

it('the Data notes section quotes the bundled passages without asterisks', async () => {
  serve(files);
  renderApp('?section=notes&lang=en', 'en');
  await screen.findByRole('heading', { level: 3, name: /56 technology projects/ });
  const quotes = [...document.querySelectorAll('blockquote')].map((b) => b.textContent ?? '');
  expect(quotes.some((q) => q.includes('实施重点节能减排类项目 27 项'))).toBe(true);
  expect(quotes.filter((q) => q.includes('**'))).toEqual([]);
});
