import type { TFunction } from 'i18next';
import type { Labels, WordKey } from '../charts/catalog';
import type { Lang } from '../core';
import { formatAmount, formatChange, formatValue, localValue, periodLabel, unitAfterNumber, unitLabel } from './format';

/** Looks up interface text by key and fills in `{{name}}` parameters, without HTML escaping. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Catalog labels from any translate function: i18next's `t` in the dashboard, a plain lookup in the embed page (which
 * does not load i18next). The same formatting as the cards, so an exported image says what the page says.
 */
export function labelsFrom(lang: Lang, t: Translate): Labels {
  // periodLabel only calls t(key, params); the cast spares the embed page i18next's types at run time.
  const tf = t as unknown as TFunction;
  return {
    lang,
    period: (p) => periodLabel(p, tf),
    unit: (c) => unitLabel(c, lang),
    value: (v, unit) => formatValue(v, lang, unit),
    unitAfter: (c) => unitAfterNumber(c, lang),
    amount: (v, c, space) => formatAmount(v, lang, c, space),
    number: (v, unit) => localValue(v, unit, lang),
    change: (prev, curr, unit) => formatChange(prev, curr, unit, lang),
    words: (key: WordKey, params) => t(key, params ?? {}),
  };
}
