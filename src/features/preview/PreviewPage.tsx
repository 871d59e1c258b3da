import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../shared/translate';
import type { Dataset } from '../../core';
import { previewLocales } from './locales';
import { Preview } from './Preview';

/**
 * The preview section: the checker, then (once files are checked) the dashboard drawn with the previewed data under a
 * banner saying so. The dashboard parts come from the app through `renderDashboard`, because features never import
 * each other. The preview's own text is registered here, so it ships in this lazily loaded chunk only.
 */
export function PreviewPage({ renderDashboard }: { renderDashboard: (data: Dataset) => ReactNode }) {
  const { t, i18n } = useT();
  useState(() => {
    for (const lang of ['en', 'zh'] as const) i18n.addResourceBundle(lang, 'ui', { preview: previewLocales[lang] }, true, false);
    return true;
  });
  const [previewed, setPreviewed] = useState<Dataset | null>(null);
  const [shown, setShown] = useState(false);
  // The button that asked for the dashboard is replaced by it: focus goes to its heading, not to the page's start.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (shown) heading.current?.focus(); }, [shown]);
  return (
    <>
      <Preview onResult={(r) => { setPreviewed(r ? r.dataset : null); setShown(false); }} />
      {/* Drawing the whole dashboard for a large file is heavy; the check itself stays fast, so it comes on request. */}
      {previewed && !shown && (
        <p><button type="button" onClick={() => setShown(true)}>{t('previewPage.show')}</button></p>
      )}
      {previewed && shown && (
        <section className="preview-dashboard" aria-labelledby="preview-dashboard-title">
          <h2 id="preview-dashboard-title" tabIndex={-1} ref={heading}>{t('previewPage.heading')}</h2>
          <p className="caveat" role="note">{t('previewPage.banner')}</p>
          {renderDashboard(previewed)}
        </section>
      )}
    </>
  );
}
