import { columnLetter, type Issue } from './issues';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH } from './messages-zh';

/** Interface languages. */
export type Lang = 'zh' | 'en';

type Catalog = Readonly<Record<string, string>>;

/**
 * Every validation message, each naming the problem and the fix. Placeholders use i18next's `{{name}}` syntax so the
 * app can load a catalog into i18next unchanged (one language at a time, see src/shared/i18n.ts), and the CLI can
 * format it without i18next.
 */
export const MESSAGES: Readonly<Record<Lang, Catalog>> = { en: MESSAGES_EN, zh: MESSAGES_ZH };

/** Fills `{{name}}` placeholders; unknown placeholders stay visible rather than silently vanishing. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The message of an issue in one language (problem and fix), without its location. */
export function issueMessage(i: Issue, lang: Lang): string {
  const template = MESSAGES[lang][i.code] ?? MESSAGES[lang === 'zh' ? 'en' : 'zh'][i.code] ?? i.code;
  return interpolate(template, i.params);
}

/** One line per issue as editors and CI logs expect: `file:line:column  message`. */
export function formatIssue(i: Issue, lang: Lang): string {
  const where = lang === 'zh' ? `（Excel 第 ${columnLetter(i.column)} 列）` : ` (Excel column ${columnLetter(i.column)})`;
  const level = i.severity === 'warning' ? (lang === 'zh' ? '警告：' : 'warning: ') : '';
  return `${i.file}:${i.line}:${i.column}  ${level}${issueMessage(i, lang)}${where}`;
}
