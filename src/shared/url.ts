import { useSyncExternalStore } from 'react';

/** Everything a copied link must reopen: the section, language, theme and any selection. */
export interface UrlState {
  readonly section: string;
  readonly lang: string | null;
  readonly theme: 'light' | 'dark' | null;
  readonly params: URLSearchParams;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

let cachedSearch = '';
let cached: UrlState | null = null;

/** Parses `location.search`; the state lives in the query string so any static host serves every link. */
export function readUrl(search: string = window.location.search): UrlState {
  if (cached && search === cachedSearch) return cached;
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  cachedSearch = search;
  cached = {
    section: params.get('section') ?? 'overview',
    lang: params.get('lang'),
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    params,
  };
  return cached;
}

/**
 * Builds a link that keeps the current language and theme and changes the given keys (null removes a key). A link to
 * another section drops `quote`: the open quote belongs to a chart of the current section.
 */
export function hrefWith(changes: Readonly<Record<string, string | null>>, search: string = window.location.search): string {
  const params = new URLSearchParams(search);
  if ('section' in changes && changes.section !== params.get('section')) params.delete('quote');
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const q = params.toString();
  return q ? `?${q}` : window.location.pathname;
}

/** Moves to a new URL in this tab (history entry added, or replaced for settings like language). */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  notify();
}

/** The current URL state; re-renders on back/forward and on `navigate`. */
export function useUrl(): UrlState {
  const search = useSyncExternalStore(
    (cb) => { listeners.add(cb); return () => listeners.delete(cb); },
    () => window.location.search,
    () => '',
  );
  return readUrl(search);
}

/**
 * Click handler for in-app links: a plain left click navigates without reloading; a middle click, Ctrl/Cmd click or
 * "open in new tab" keeps the browser's default, because the href is a real link.
 */
export function onLinkClick(e: React.MouseEvent<HTMLAnchorElement>): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href') ?? '?');
  window.scrollTo?.(0, 0);
}
