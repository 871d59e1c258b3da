import { useT } from '../../shared/translate';
import { columnLetter, type Issue } from '../../core/issues';

/** Lists every data problem with file, line, column, the problem and the fix, in the current language. */
export function DataIssues({ issues }: { issues: readonly Issue[] }) {
  const { t } = useT();
  if (issues.length === 0) return null;
  const errors = issues.some((i) => i.severity === 'error');
  return (
    <section className="issues" aria-labelledby="issues-title">
      {/* Warnings leave every row shown: "problems … rows with errors are left out" would be untrue of them. */}
      <h2 id="issues-title">{t(errors ? 'status.issuesTitle' : 'status.warningsTitle', { count: issues.length })}</h2>
      <p>{t(errors ? 'status.issuesIntro' : 'status.warningsIntro')}</p>
      <ul>
        {issues.map((i, n) => (
          <li key={`${i.file}:${i.line}:${i.column}:${i.code}:${n}`} className={`issue issue-${i.severity}`}>
            <strong>{i.severity === 'warning' ? t('status.warning') : t('status.error')}</strong>{' '}
            <code>{`${i.file}:${i.line}:${i.column}`}</code>{' '}
            <span className="issue-where">
              ({t('status.location', { file: i.file, line: i.line, column: columnLetter(i.column) })})
            </span>{' '}
            <span>{t(i.code, { ns: 'validation', ...i.params })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
