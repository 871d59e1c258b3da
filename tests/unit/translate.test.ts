import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES_EN } from '../../src/core/messages-en';
import { MESSAGES_ZH } from '../../src/core/messages-zh';
import { createI18n, missingKeys } from '../../src/shared/i18n';
import { en } from '../../src/shared/locales/en';
import { zh } from '../../src/shared/locales/zh';
import { translatorFor } from '../../src/shared/translate';

const fresh = () => createI18n('en', { en: { ui: en, validation: MESSAGES_EN }, zh: { ui: zh, validation: MESSAGES_ZH } });

/** Every key of a catalog with its text, plural forms under their base key. */
function entries(o: object, prefix = ''): Array<[string, string]> {
  return Object.entries(o).flatMap(([k, v]): Array<[string, string]> =>
    typeof v === 'string' ? [[`${prefix}${k.replace(/_(one|other)$/, '')}`, v]] : entries(v as object, `${prefix}${k}.`));
}
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]);
const CATALOGS = [['en', en], ['zh', zh]] as const;

describe('translatorFor', () => {
  it.each(CATALOGS)('gives the same text as i18next for every %s key, with every variable given', (lang, catalog) => {
    const i18n = fresh();
    const fast = translatorFor(i18n, lang);
    const slow = i18n.getFixedT(lang);
    for (const [key, text] of entries(catalog)) {
      const options = Object.fromEntries(variables(text).map((v, i) => [v, i % 2 ? 1234.5 : `<b>${v}</b>`]));
      if (/_(one|other)$/.test(key) || 'count' in options) options.count = 2;
      expect(fast(key, options), key).toBe(slow(key, options));
      expect(fast(key), key).toBe(slow(key));
    }
  });

  it.each([['en', MESSAGES_EN], ['zh', MESSAGES_ZH]] as const)('gives the same text as i18next for every %s validation message (ns option)', (lang, catalog) => {
    const i18n = fresh();
    const fast = translatorFor(i18n, lang);
    const slow = i18n.getFixedT(lang);
    for (const [key, text] of Object.entries(catalog)) {
      const options = { ns: 'validation', ...Object.fromEntries(variables(text).map((v) => [v, `"${v}" <i>`])) };
      expect(fast(key, options), key).toBe(slow(key, options));
    }
  });

  it('gives the same text as i18next for any value of a variable', () => {
    const i18n = fresh();
    const fast = translatorFor(i18n, 'en');
    const slow = i18n.getFixedT('en');
    // Strings with i18next's own markers and replacement patterns among them, numbers, null.
    const value = fc.oneof(fc.string(), fc.constantFrom('{{unit}}', '$&', "$'", '$1', '%', '', '\u0000'), fc.double(), fc.integer(), fc.constant(null));
    fc.assert(fc.property(value, value, value, (v, unit, pct) => {
      const options = { value: v, unit, pct };
      expect(fast('progress.perYear', options)).toBe(slow('progress.perYear', options));
    }));
  });

  it('leaves to i18next what only i18next can do: plurals, namespaces, missing keys and variables', () => {
    const i18n = fresh();
    const fast = translatorFor(i18n, 'en');
    const slow = i18n.getFixedT('en');
    expect(fast('status.issuesTitle', { count: 1 })).toBe('1 problem in the data files');
    expect(fast('status.issuesTitle', { count: 3 })).toBe('3 problems in the data files');
    expect(fast('progress.perYear', { value: '1' })).toBe(slow('progress.perYear', { value: '1' }));
    expect(fast('validation:empty_file')).toBe(slow('validation:empty_file'));
    expect(fast('app')).toBe(slow('app'));
    const before = missingKeys.length;
    expect(fast('no.such.key')).toBe('no.such.key');
    // Still reported, which is what the browser tests' "no raw key" check reads.
    expect(missingKeys.slice(before)).toEqual(['en:ui:no.such.key']);
  });

  it('answers plain keys without running i18next, and sees text added to the store later', () => {
    const i18n = fresh();
    const translate = vi.spyOn((i18n as unknown as { translator: { translate: () => unknown } }).translator, 'translate');
    const fast = translatorFor(i18n, 'zh');
    expect(fast('nav.energy')).toBe(zh.nav.energy);
    expect(fast('chart.unitSubtitle', { unit: 'tce/t' })).toBe(zh.chart.unitSubtitle.replace('{{unit}}', 'tce/t'));
    expect(fast('empty_file', { ns: 'validation' })).toBe(MESSAGES_ZH.empty_file);
    expect(translate).not.toHaveBeenCalled();
    i18n.addResourceBundle('zh', 'ui', { later: { text: '后来' } }, true, true);
    expect(fast('later.text')).toBe('后来');
  });

  it('is one function per instance and language, so memos that depend on it hold', () => {
    const i18n = fresh();
    expect(translatorFor(i18n, 'en')).toBe(translatorFor(i18n, 'en'));
    expect(translatorFor(i18n, 'en')).not.toBe(translatorFor(i18n, 'zh'));
    expect(translatorFor(fresh(), 'en')).not.toBe(translatorFor(i18n, 'en'));
  });
});
