import { citedTitle, type Dataset, type Lang } from '../core';

/** How figures cite a source document in the reader's language (see `citedTitle`); the id when it is unknown. */
export function sourceCitation(data: Dataset, id: string, lang: Lang): string {
  const s = data.sources.find((x) => x.sourceId === id);
  return s ? citedTitle(s, lang) : id;
}
