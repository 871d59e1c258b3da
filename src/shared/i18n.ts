import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES, type Lang } from '../core';
import { en } from './locales/en';
import { zh } from './locales/zh';

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

/** Creates an i18next instance with the interface text and the core's validation messages. */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: ['ui', 'validation'],
    defaultNS: 'ui',
    resources: { en: { ui: en, validation: MESSAGES.en }, zh: { ui: zh, validation: MESSAGES.zh } },
    // React escapes text itself; i18next escaping would show "&lt;" literally.
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => { missingKeys.push(`${lngs.join(',')}:${ns}:${key}`); },
    returnNull: false,
  });
  return instance;
}
