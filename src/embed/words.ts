/**
 * Text only the embed page shows. Kept here rather than in src/shared/locales, which every dashboard page loads in
 * its shell; the type makes both languages carry the same keys.
 */
const en = {
  /** After the link back: inside a frame it opens a new tab, and a reader should know before following it. */
  newTab: '(opens in a new tab)',
};

/** Embed-only text by language. */
export const EMBED_WORDS: Readonly<Record<'en' | 'zh', typeof en>> = {
  en,
  zh: { newTab: '（在新标签页中打开）' },
};
