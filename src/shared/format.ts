import type { TFunction } from 'i18next';
import { UNITS, type Lang } from '../core';

/**
 * Formats a stored number for display with the locale's grouping, keeping exactly the decimals the source printed
 * (2902.17 -> "2,902.17"; 130.90 stays "130.90").
 */
export function formatValue(valueText: string, lang: Lang): string {
  const dot = valueText.indexOf('.');
  const decimals = dot < 0 ? 0 : valueText.length - dot - 1;
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Number(valueText));
}

/** The unit label in the current language; an unknown code is shown as it is. */
export function unitLabel(code: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(UNITS, code) ? UNITS[code][lang] : code;
}

/** A period code ("2020", "2020-H1", "2021-09") in words. */
export function periodLabel(period: string, t: TFunction): string {
  const [year, part] = period.split('-');
  if (part === 'H1' || part === 'H2') return t(`period.${part}`, { year });
  if (part) return t('period.month', { year, month: String(Number(part)) });
  return t('period.year', { year });
}

/** Sort key for periods: years, halves and months in time order. */
export function periodSortKey(period: string): number {
  const [year, part] = period.split('-');
  const y = Number(year) * 100;
  if (!part) return y + 99;
  if (part === 'H1') return y + 31;
  if (part === 'H2') return y + 61;
  return y + Number(part) * 5;
}
