import { useTranslation } from 'react-i18next';
import type { Lang } from '../core';

/** The current interface language as the core's `Lang`. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}
