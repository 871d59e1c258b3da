import { citedTitle, type Dataset, type Lang } from '../core';

/** An indicator's name in the reader's language; the id itself when the indicator is unknown. */
export function indicatorName(data: Dataset, id: string, lang: Lang): string {
  const i = data.indicators.find((x) => x.indicatorId === id);
  return i ? (lang === 'zh' ? i.nameZh : i.nameEn) : id;
}

/** A scope's name in the reader's language; the id itself when the scope is unknown. */
export function scopeName(data: Dataset, id: string, lang: Lang): string {
  const s = data.scopes.find((x) => x.scopeId === id);
  return s ? (lang === 'zh' ? s.nameZh : s.nameEn) : id;
}

/** How figures cite a source document in the reader's language (see `citedTitle`); the id when it is unknown. */
export function sourceCitation(data: Dataset, id: string, lang: Lang): string {
  const s = data.sources.find((x) => x.sourceId === id);
  return s ? citedTitle(s, lang) : id;
}
