import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { citedLocator } from '../core';
import { useT } from './translate';
import { hrefWith, navigate } from './url';
import { useLang } from './useLang';
import { QuoteText } from './QuoteText';

/**
 * The opened value's source passage under a chart: what the value is (`children`), the verbatim quote and its
 * locator, and Close (or Escape inside the box), which takes `quote` out of the URL and returns focus to the button
 * that opened it (a table row's “”), or else to the card's heading: focus would otherwise fall to the page's start
 * when the region disappears.
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
  // The control that had focus when the box appeared; runs before the card moves focus into the box (useQuoteFocus).
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLButtonElement ? active : null;
  }, [quote]);
  const close = () => {
    navigate(hrefWith({ quote: null }), { replace: true });
    if (opener.current?.isConnected) opener.current.focus();
    else heading.current?.focus();
  };
  return (
    <div className="quote-box" role="region" aria-label={label} tabIndex={-1} ref={region}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); close(); } }}>
      {children}
      <q lang="zh"><QuoteText text={quote} /></q> <span className="muted">({citedLocator(locator, lang)})</span>{' '}
      <button type="button" onClick={close}>{t('chart.close')}</button>
    </div>
  );
}
