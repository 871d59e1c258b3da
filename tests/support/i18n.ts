import { MESSAGES, type Lang } from '../../src/core';
import { createI18n } from '../../src/shared/i18n';
import { en } from '../../src/shared/locales/en';
import { zh } from '../../src/shared/locales/zh';

/** An i18next instance with both languages loaded up front, as tests need it synchronously. */
export const testI18n = (lang: Lang) =>
  createI18n(lang, { en: { ui: en, validation: MESSAGES.en }, zh: { ui: zh, validation: MESSAGES.zh } });
