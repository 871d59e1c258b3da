import i18next, { type i18n, type Resource } from 'i18next';
import { useEffect, useState } from 'react';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../core';
import { once } from '../core/once';
import { useLanguage } from './translate';

/** The languages the interface offers. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Picks the language: `?lang=` in the URL first (a shared link keeps its language), then the browser's. */
export function initialLang(search: string, browserLangs: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  for (const l of browserLangs) {
    const low = l.toLowerCase();
    if (low.startsWith('zh')) return 'zh';
    if (low.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * Keys asked for but missing in a catalog, as `lang:ns:key`. A raw key on screen is a bug; browser tests read this
 * list (exposed as `window.__esgMissingKeys`) after visiting every section in both languages and expect it empty.
 */
export const missingKeys: string[] = [];
if (typeof window !== 'undefined') (window as unknown as { __esgMissingKeys: string[] }).__esgMissingKeys = missingKeys;

// Each language's interface text is its own chunk: a reader downloads one language, which keeps the page shell inside
// its size budget. The validation messages are another chunk per language, fetched only when there is a problem to
// show (or on the preview page): most visits never need them.
const LOADERS: Record<Lang, () => Promise<object>> = {
  en: () => import('./locales/en').then((m) => m.en),
  zh: () => import('./locales/zh').then((m) => m.zh),
};
const VALIDATION_LOADERS: Record<Lang, () => Promise<object>> = {
  en: () => import('../core/messages-en').then((m) => m.MESSAGES_EN),
  zh: () => import('../core/messages-zh').then((m) => m.MESSAGES_ZH),
};

// Catalog downloads per instance, namespace and language. Not `hasResourceBundle` for `ui`: lazily loaded features add
// their own text to a language's `ui` bundle, which would make a language that was never downloaded look loaded. A
// shared promise, so a second caller waits for a download already under way instead of switching before it lands.
const loads = new WeakMap<i18n, Map<string, () => Promise<void>>>();
// Instances on which something needed the validation messages: a language switch then brings them along.
const validationWanted = new WeakSet<i18n>();

function loadOnce(instance: i18n, ns: 'ui' | 'validation', lang: Lang, load: () => Promise<object>): Promise<void> {
  const byKey = loads.get(instance) ?? new Map<string, () => Promise<void>>();
  loads.set(instance, byKey);
  let get = byKey.get(`${ns}:${lang}`);
  if (!get) {
    get = once(() => load().then((bundle) => { instance.addResourceBundle(lang, ns, bundle, true, true); }));
    byKey.set(`${ns}:${lang}`, get);
  }
  return get();
}

/** Makes sure `lang`'s interface text is in `instance`, downloading it once. */
export const loadLanguage = (instance: i18n, lang: Lang): Promise<void> => loadOnce(instance, 'ui', lang, LOADERS[lang]);

/** Makes sure `lang`'s validation messages are in `instance`, downloading them once (see `useValidationText`). */
export function loadValidation(instance: i18n, lang: Lang): Promise<void> {
  validationWanted.add(instance);
  // Catalogs passed at creation (tests, Node) need no download.
  if (instance.hasResourceBundle(lang, 'validation')) return Promise.resolve();
  return loadOnce(instance, 'validation', lang, VALIDATION_LOADERS[lang]);
}

/**
 * True once the validation messages of the current language are there; starts their download when `needed`.
 * Components that show issues render only then, so no raw message key ever reaches the screen.
 */
export function useValidationText(needed: boolean): boolean {
  const { i18n: instance, lang: current } = useLanguage();
  const lang: Lang = current === 'zh' ? 'zh' : 'en';
  const [, setVersion] = useState(0);
  const ready = instance.hasResourceBundle(lang, 'validation');
  useEffect(() => {
    if (!needed || ready) return;
    let live = true;
    loadValidation(instance, lang).then(() => { if (live) setVersion((v) => v + 1); }, () => undefined);
    return () => { live = false; };
  }, [needed, ready, instance, lang]);
  return ready;
}

/** Loads `lang` if needed, then switches to it. */
export async function switchLanguage(instance: i18n, lang: Lang): Promise<void> {
  await Promise.all([loadLanguage(instance, lang), validationWanted.has(instance) ? loadValidation(instance, lang) : null]);
  if (instance.language !== lang) await instance.changeLanguage(lang);
}

/**
 * Creates an i18next instance. The app passes no resources and calls `loadLanguage` before rendering; tests and
 * Node callers may pass catalogs they imported directly.
 */
export function createI18n(lang: Lang, resources: Resource = {}): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: ['ui', 'validation'],
    defaultNS: 'ui',
    resources,
    // React escapes text itself; i18next escaping would show "&lt;" literally.
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => { missingKeys.push(`${lngs.join(',')}:${ns}:${key}`); },
    returnNull: false,
  });
  return instance;
}
