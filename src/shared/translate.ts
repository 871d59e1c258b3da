import type { i18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

// Options only i18next itself can honour (plural forms, context, another language or namespace, fallbacks).
const I18NEXT_ONLY = ['count', 'context', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'ordinal', 'keyPrefix', 'postProcess', 'replace'];
const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/g;
// What i18next does with a value that is not a string (its `makeString`).
const asText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));

const cache = new WeakMap<i18n, Map<string, TFunction>>();

/**
 * A `t` for one language that gives the same text as i18next's but reads plain strings straight from its resource store.
 * i18next's own `t` walks a long general path (namespaces, plurals, context, fallbacks, post-processing) on every call;
 * while that code is still cold, on a phone's first render of a section, that was about a third of the render (some
 * 200 calls at ~0.2 ms each at 4x CPU throttling). Everything this does not handle exactly as i18next does (plural
 * `count`, any other option, a missing key or variable, nesting, a key with a namespace) goes to i18next unchanged, so
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
    let node: unknown = instance.store?.data[lang]?.ui;
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
 * `useTranslation()` with the fast `t` of `translatorFor`. Components re-render on a language switch as before (the
 * subscription is react-i18next's), and `t` keeps its identity within a language, so memos that depend on it hold.
 */
export function useT(): { t: TFunction; i18n: i18n } {
  const { i18n: instance } = useTranslation();
  return { t: translatorFor(instance, instance.language), i18n: instance };
}
