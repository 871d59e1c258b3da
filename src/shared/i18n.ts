import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../core';

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

// Each language's interface text and validation messages form their own chunk: a reader downloads one language,
// which keeps the page shell inside its size budget.
const LOADERS: Record<Lang, () => Promise<{ ui: object; validation: object }>> = {
  en: () => Promise.all([import('./locales/en'), import('../core/messages-en')]).then(([u, v]) => ({ ui: u.en, validation: v.MESSAGES_EN })),
  zh: () => Promise.all([import('./locales/zh'), import('../core/messages-zh')]).then(([u, v]) => ({ ui: u.zh, validation: v.MESSAGES_ZH })),
};

// Languages whose catalogs were downloaded, per instance. Not `hasResourceBundle`: lazily loaded features add their
// own text to a language's `ui` bundle, which would make a language that was never downloaded look loaded.
// A promise, so a second caller waits for a download already under way instead of switching before it lands.
const loaded = new WeakMap<i18n, Map<Lang, Promise<void>>>();

/** Makes sure `lang`'s catalogs are in `instance`, downloading them once. */
export function loadLanguage(instance: i18n, lang: Lang): Promise<void> {
  const byLang = loaded.get(instance) ?? new Map<Lang, Promise<void>>();
  loaded.set(instance, byLang);
  let pending = byLang.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(({ ui, validation }) => {
      instance.addResourceBundle(lang, 'ui', ui, true, true);
      instance.addResourceBundle(lang, 'validation', validation, true, true);
    });
    byLang.set(lang, pending);
  }
  return pending;
}

/** Loads `lang` if needed, then switches to it. */
export async function switchLanguage(instance: i18n, lang: Lang): Promise<void> {
  await loadLanguage(instance, lang);
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
