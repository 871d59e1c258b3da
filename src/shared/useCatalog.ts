import { useT } from './translate';
import { indexCatalog, type CatalogIndex } from '../charts/catalogIndex';
import type { Dataset, Lang } from '../core';
import { labelsFrom, type Translate } from './catalogLabels';
import { useLang } from './useLang';

/** What the catalog's words and options depend on besides the data. */
export interface CatalogLook {
  readonly theme: 'light' | 'dark';
  readonly decal?: boolean;
}

// One catalog per dataset, language and look, shared by every card: a section with 20 cards builds it once. A new
// dataset (a refetch) is a new object, so its catalogs are new too and the old ones go with it (WeakMap).
const cache = new WeakMap<Dataset, Map<string, CatalogIndex>>();

/** The catalog of `data` for this language and look, built on first use and remembered. */
export function catalogFor(data: Dataset, lang: Lang, t: Translate, look: CatalogLook): CatalogIndex {
  const key = `${lang}|${look.theme}|${look.decal ? 1 : 0}`;
  let byLook = cache.get(data);
  if (!byLook) cache.set(data, (byLook = new Map()));
  let index = byLook.get(key);
  if (!index) {
    index = indexCatalog(data, labelsFrom(lang, t), { theme: look.theme, decal: look.decal ?? false });
    byLook.set(key, index);
  }
  return index;
}

/**
 * Every chart of the dashboard for the current language, with lookups by card key (`byKey`) and by id (`byId`).
 * Memoised across components by dataset, language and look.
 */
export function useCatalog(data: Dataset, look: CatalogLook): CatalogIndex {
  const { t } = useT();
  const lang = useLang();
  return catalogFor(data, lang, t as Translate, look);
}
