import { useT } from '../../shared/translate';
import { columnLetter, type Issue } from '../../core/issues';

/** Lists every data problem with file, line, column, the problem and the fix, in the current language. */
export function DataIssues({ issues }: { issues: readonly Issue[] }) {
  const { t } = useT();
  if (issues.length === 0) return null;
  return (
    <section className="issues" aria-labelledby="issues-title">
      <h2 id="issues-title">{t('status.issuesTitle', { count: issues.length })}</h2>
      {/* "Rows with errors are left out" is untrue of warnings, whose rows are shown: said only when a row was left out. */}
      {issues.some((i) => i.severity === 'error') && <p>{t('status.issuesIntro')}</p>}
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
