import type { ReactNode, RefObject } from 'react';
import { citedLocator } from '../core';
import { useT } from './translate';
import { hrefWith, navigate } from './url';
import { useLang } from './useLang';
import { QuoteText } from './QuoteText';

/**
 * The opened value's source passage under a chart: what the value is (`children`), the verbatim quote and its
 * locator, and Close, which takes `quote` out of the URL and returns focus to the card's heading (focus would
 * otherwise fall to the page's start when the region disappears).
 */
export function QuoteBox({ label, quote, locator, region, heading, children }: {
  label: string;
  quote: string;
  locator: string;
  region: RefObject<HTMLDivElement | null>;
  heading: RefObject<HTMLHeadingElement | null>;
  children?: ReactNode;
}) {
  const { t } = useT();
  const lang = useLang();
  return (
    <div className="quote-box" role="region" aria-label={label} tabIndex={-1} ref={region}>
      {children}
      <q lang="zh"><QuoteText text={quote} /></q> <span className="muted">({citedLocator(locator, lang)})</span>{' '}
      <button type="button" onClick={() => {
        navigate(hrefWith({ quote: null }), { replace: true });
        heading.current?.focus();
      }}>{t('chart.close')}</button>
    </div>
  );
}
