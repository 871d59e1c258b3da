import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { testI18n } from './i18n';

/**
 * Serves data files to the app's fetch by file name: a string is the body, null a network failure, a missing name
 * a 404 (as a static host without that file).
 */
export function serve(files: Readonly<Record<string, string | null>>): void {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const body = files[String(url).split('/').pop()!];
    if (body === undefined) return new Response('Not found', { status: 404 });
    if (body === null) throw new TypeError('Failed to fetch');
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/csv' } });
  }));
}

/** A query client as the tests use it: no retries, so a failed fetch shows at once. */
export const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/**
 * Renders the whole app at the address `search` (e.g. "?section=energy"), with both languages' text loaded; `client`
 * may come with the data already fetched, as main.tsx has it before its first render.
 */
export function renderApp(search: string, lang: 'zh' | 'en' = 'en', client = testQueryClient()) {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <I18nextProvider i18n={testI18n(lang)}>
      <QueryClientProvider client={client}><App /></QueryClientProvider>
    </I18nextProvider>,
  );
}
