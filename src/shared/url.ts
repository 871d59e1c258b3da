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

/**
 * What the page owes the reader once the new view has rendered (see `settleNavigation`): after following a link, focus
 * on the new section's heading or on the `#fragment` the link names; after Back or Forward, the scroll position the
 * reader left that entry at.
 */
export type Pending = { readonly kind: 'focus'; readonly id: string | null } | { readonly kind: 'scroll'; readonly y: number };

/**
 * A page opened from a link that names a `#fragment` (a chart's card from an embed, a data note) owes the same focus
 * as an in-app link to it: the browser's own jump happens before the section has rendered, so it finds nothing.
 */
function fragmentOnLoad(): Pending | null {
  if (typeof window === 'undefined' || window.location.hash.length < 2) return null;
  try {
    return { kind: 'focus', id: decodeURIComponent(window.location.hash.slice(1)) };
  } catch {
    return null;
  }
}
let pending: Pending | null = fragmentOnLoad();

/**
 * Gives back what `takePending` took when the wait for it was cut short on the same address (React's StrictMode
 * unmounts every effect once in development), unless something newer is pending.
 */
export function returnPending(p: Pending): void {
  pending ??= p;
}

/** Takes what `settleNavigation` has to do (once: a second call returns null). */
export function takePending(): Pending | null {
  const p = pending;
  pending = null;
  return p;
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', (e: PopStateEvent) => {
    const y = (e.state as { scrollY?: unknown } | null)?.scrollY;
    pending = typeof y === 'number' ? { kind: 'scroll', y } : null;
    notify();
  });
}

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

/**
 * Moves to a new URL in this tab (history entry added, or replaced for settings like language). A new entry first
 * records on the one it leaves where the reader was, so Back returns there (see `settleNavigation`); a replaced entry
 * keeps that record.
 */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(window.history.state, '', href);
  else {
    window.history.replaceState({ ...(window.history.state as object | null), scrollY: window.scrollY }, '');
    window.history.pushState(null, '', href);
  }
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
  const href = e.currentTarget.getAttribute('href') ?? '?';
  const hash = href.indexOf('#');
  // A new view starts at its top, and focus moves to its heading or to the fragment the link names: the link that
  // had focus is gone, and without this a screen reader announces nothing and Tab starts mid-page.
  pending = { kind: 'focus', id: hash < 0 ? null : decodeURIComponent(href.slice(hash + 1)) };
  navigate(href);
  window.scrollTo?.(0, 0);
}
