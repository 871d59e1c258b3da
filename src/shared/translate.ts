import type { i18n, TFunction } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

// Options only i18next itself can honour (plural forms, context, another language, fallbacks). `ns` is read here.
const I18NEXT_ONLY = ['count', 'context', 'lng', 'lngs', 'defaultValue', 'returnObjects', 'ordinal', 'keyPrefix', 'postProcess', 'replace'];
const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/g;
// What i18next does with a value that is not a string (its `makeString`).
const asText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));

const cache = new WeakMap<i18n, Map<string, TFunction>>();

/**
 * A `t` for one language that gives the same text as i18next's but reads plain strings straight from its resource store.
 * i18next's own `t` walks a long general path (namespaces, plurals, context, fallbacks, post-processing) on every call;
 * while that code is still cold, on a phone's first render of a section, that was about a third of the render (some
 * 200 calls at ~0.2 ms each at 4x CPU throttling). Everything this does not handle exactly as i18next does (plural
 * `count`, most other options, a missing key or variable, nesting, a `ns:` prefix) goes to i18next unchanged, so
 * missing keys are still reported. The store is read on each call: bundles a feature adds later are seen at once.
 */
export function translatorFor(instance: i18n, lang: string): TFunction {
  let byLang = cache.get(instance);
  if (!byLang) cache.set(instance, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return known;
  const slow = instance.getFixedT(lang) as unknown as (key: string, options?: unknown) => string;
  const fast = (key: unknown, options?: unknown): string => {
    const opts = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : undefined;
    if (typeof key !== 'string' || key.includes(':') || (options !== undefined && !opts) || (opts && I18NEXT_ONLY.some((o) => o in opts))) {
      return slow(key as string, options);
    }
    const ns = opts?.ns ?? 'ui';
    if (typeof ns !== 'string') return slow(key, options);
    let node: unknown = instance.store?.data[lang]?.[ns];
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string' || node.includes('$t(')) return slow(key, options);
    if (!node.includes('{{')) return node;
    let missing = false;
    const text = node.replace(VARIABLE, (whole, name: string) => {
      if (!opts || !Object.hasOwn(opts, name)) {
        missing = true;
        return whole;
      }
      return asText(opts[name]);
    });
    // A missing variable, or a form this does not know (`{{- x}}`, formats): i18next decides, as it would have.
    return missing || node.replace(VARIABLE, '').includes('{{') ? slow(key, options) : text;
  };
  const t = fast as unknown as TFunction;
  byLang.set(lang, t);
  return t;
}

/**
 * The i18next instance of the nearest I18nextProvider and its current language; the component re-renders when the
 * language changes. What react-i18next's `useTranslation()` gives these components, without its per-render namespace
 * and readiness checks: the app loads a language's text before it renders or switches to it (i18n.ts).
 */
export function useLanguage(): { i18n: i18n; lang: string } {
  const instance = (useContext(I18nContext) as { i18n?: i18n } | undefined)?.i18n ?? getI18n();
  const lang = useSyncExternalStore(
    (changed) => {
      instance.on('languageChanged', changed);
      return () => instance.off('languageChanged', changed);
    },
    () => instance.language,
  );
  return { i18n: instance, lang };
}

/**
 * The fast `t` of `translatorFor` and the i18next instance. `t` keeps its identity within a language, so memos that
 * depend on it hold, and changes with it.
 */
export function useT(): { t: TFunction; i18n: i18n } {
  const { i18n: instance, lang } = useLanguage();
  return { t: translatorFor(instance, lang), i18n: instance };
}
