import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App, preloadSection } from './app/App';
import { datasetQueryOptions } from './shared/dataset';
import { createI18n, initialLang, loadLanguage } from './shared/i18n';
import './app/styles.css';

const lang = initialLang(window.location.search, navigator.languages ?? [navigator.language]);
const i18n = createI18n(lang);
const queryClient = new QueryClient();
// Start downloading the data before React's first render; the page needs it for everything it shows.
void queryClient.prefetchQuery(datasetQueryOptions());

// The active language's text and the section's code are fetched in parallel with the data; render once they are
// there, so the first render draws the section instead of a loading state.
await Promise.all([loadLanguage(i18n, lang), preloadSection(new URLSearchParams(window.location.search).get('section') ?? '')]);
// In a transition, React renders the page in slices of a few milliseconds and lets the browser handle input between
// them, instead of one long task a phone's reader could not interrupt (Lighthouse's Total Blocking Time).
const root = createRoot(document.getElementById('root')!);
startTransition(() => root.render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
));
