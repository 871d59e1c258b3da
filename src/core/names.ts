import type { Dataset } from './contract';
import type { Lang } from './messages';

/*
 * Names of indicators and scopes in the reader's language, for the page, the exports and the CLI alike. English scope
 * names are written in data/scopes.csv as they read inside a sentence ("applies to existing alumina plants", "for
 * the whole Chinalco group"); where a name starts a line or a table cell, `capitalized` gives it its capital.
 */

/** The reader's half of a bilingual name. */
export const nameIn = (lang: Lang, x: { readonly nameZh: string; readonly nameEn: string }): string => (lang === 'zh' ? x.nameZh : x.nameEn);

/** An indicator's name in the reader's language; the id itself when the indicator is unknown. */
export function indicatorName(data: Pick<Dataset, 'indicators'>, id: string, lang: Lang): string {
  const i = data.indicators.find((x) => x.indicatorId === id);
  return i ? nameIn(lang, i) : id;
}

/** A scope's name in the reader's language, as it reads inside a sentence; the id itself when the scope is unknown. */
export function scopeName(data: Pick<Dataset, 'scopes'>, id: string, lang: Lang): string {
  const s = data.scopes.find((x) => x.scopeId === id);
  return s ? nameIn(lang, s) : id;
}

/** A text that starts a line or a cell: English takes a capital first letter; Chinese has none to take. */
export const capitalized = (text: string, lang: Lang): string =>
  (lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text);
