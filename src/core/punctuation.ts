import type { Lang } from './messages';

/*
 * Punctuation that differs between the two languages, in one place: the page, the exports and the CLI join their
 * words with these, so a Chinese text never gets an ASCII colon or a space after 。.
 */

/** A colon after a label: full-width in Chinese (范围：…), followed by a space in English (Scope: …). */
export const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');

/** An aside in brackets after what it qualifies: 数值（亿元） in Chinese, "Value (CNY billion)" in English. */
export const inBrackets = (text: string, lang: Lang): string => (lang === 'zh' ? `（${text}）` : ` (${text})`);

/** Items in a running text: 甲、乙 in Chinese, "a, b" in English. */
export const commaList = (items: readonly string[], lang: Lang): string => items.join(lang === 'zh' ? '、' : ', ');

/** Sentences as one text: an English sentence takes a space after its full stop, a Chinese one (。) none. */
export const joinSentences = (lang: Lang, ...sentences: readonly string[]): string =>
  sentences.filter((s) => s !== '').join(lang === 'zh' ? '' : ' ');
