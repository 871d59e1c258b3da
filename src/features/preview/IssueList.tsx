import { memo, useState } from 'react';
import { useT } from '../../shared/translate';
import { columnLetter, type Issue } from '../../core';
import type { PreviewNotice } from './pipeline';

/** Issues shown at first and per "show more": a file with an error on every one of 100,000 rows must not freeze the page. */
export const ISSUE_PAGE = 200;

/**
 * Lists file-level notices, then the validation issues (the first `MAX_LISTED_ISSUES` of `count`), each with file,
 * line, column (and Excel letter), the problem and the fix in the current language, from the `validation` namespace.
 * Memoised: the cleaned copies arrive after the result and must not render hundreds of issues again.
 */
export const IssueList = memo(function IssueList({ issues, count, notices }: { issues: readonly Issue[]; count: number; notices: readonly PreviewNotice[] }) {
  const { t } = useT();
  const [shown, setShown] = useState(ISSUE_PAGE);
  return (
    <section aria-labelledby="preview-issues" className="preview-issues">
      <h2 id="preview-issues">{t('preview.issues.heading')}</h2>
      {notices.length > 0 && (
        <ul aria-label={t('preview.issues.notices')} className="preview-notices">
          {notices.map((n, i) => <li key={`${n.key}:${i}`}>{t(`preview.notice.${n.key}`, n.params)}</li>)}
        </ul>
      )}
      <p>
        {count === 0 ? t('preview.issues.none') : t('preview.issues.count', { count })}
        {count > issues.length && <> {t('preview.issues.truncated', { listed: issues.length })}</>}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.slice(0, shown).map((i, n) => (
            <li key={`${i.file}:${i.line}:${i.column}:${i.code}:${n}`} className={`issue issue-${i.severity}`}>
              <strong>{t(`preview.issues.${i.severity}`)}</strong>{' '}
              <code>{`${i.file}:${i.line}:${i.column}`}</code>{' '}
              <span className="muted">
                ({t('preview.issues.location', { file: i.file, line: i.line, column: i.column, letter: columnLetter(i.column) })})
              </span>{' '}
              <span>{t(i.code, { ns: 'validation', ...i.params })}</span>
            </li>
          ))}
        </ul>
      )}
      {issues.length > shown && (
        <button type="button" onClick={() => setShown((s) => s + ISSUE_PAGE)}>
          {t('preview.issues.more', { count: Math.min(ISSUE_PAGE, issues.length - shown) })}
        </button>
      )}
    </section>
  );
});
