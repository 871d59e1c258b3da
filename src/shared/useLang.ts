import type { Lang } from '../core';
import { useLanguage } from './translate';

/** The current interface language as the core's `Lang`. */
export function useLang(): Lang {
  return useLanguage().lang === 'zh' ? 'zh' : 'en';
}
