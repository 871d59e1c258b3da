import { describe, expect, it } from 'vitest';
import { createI18n, loadLanguage, loadValidation, switchLanguage } from '../../src/shared/i18n';

describe('language catalogs load on demand', () => {
  it('loads the interface text without the validation messages, which come only when asked for', async () => {
    const i18n = createI18n('en');
    await loadLanguage(i18n, 'en');
    expect(i18n.hasResourceBundle('en', 'ui')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'validation')).toBe(false);
    await switchLanguage(i18n, 'zh');
    expect(i18n.hasResourceBundle('zh', 'ui')).toBe(true);
    expect(i18n.hasResourceBundle('zh', 'validation')).toBe(false);
    await loadValidation(i18n, 'zh');
    expect(i18n.t('empty_file', { ns: 'validation' })).not.toBe('empty_file');
  });

  it('brings the validation messages along on a language switch once something needed them', async () => {
    const i18n = createI18n('en');
    await loadLanguage(i18n, 'en');
    await loadValidation(i18n, 'en');
    await switchLanguage(i18n, 'zh');
    expect(i18n.language).toBe('zh');
    expect(i18n.hasResourceBundle('zh', 'validation')).toBe(true);
    expect(i18n.t('empty_file', { ns: 'validation' })).toMatch(/[\u4e00-\u9fff]/);
  });
});
