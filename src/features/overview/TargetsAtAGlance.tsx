import type { ReactNode } from 'react';
import type { Category, Dataset } from '../../core';
import { currentPeriod, listText } from '../../charts/targetSummary';
import { periodLabel } from '../../shared/format';
import { useT } from '../../shared/translate';
import { hrefWith, onLinkClick } from '../../shared/url';
import { useLang } from '../../shared/useLang';
import { STATUSES_SHOWN, targetCounts } from './targetCounts';
import { TableScroll } from '../../shared/TableScroll';

/**
 * A section name with a line-break opportunity after 与 ("and"): in the narrow first column a Chinese name such as
 * 能源与目标 then wraps as 能源与 / 目标, not inside a word (能源与目 / 标), which keep-all in styles.css forbids.
 */
function breakAfterAnd(name: string): ReactNode {
  const [head, ...rest] = name.split('与');
  return rest.length === 0 ? name : <>{head}与<wbr />{rest.join('与')}</>;
}

/**
 * "Against what it promised", on the first page: every target of the sources counted by status per section, with a
 * sentence that says the totals. Counts come from the same assessment as the sections' target tables, and link there.
 */
export function TargetsAtAGlance({ data, sectionOf, sectionIds }: {
  data: Dataset; sectionOf: (c: Category) => string; sectionIds: readonly string[];
}) {
  const { t } = useT();
  const lang = useLang();
  const asOf = currentPeriod();
  const { rows, all } = targetCounts(data, asOf, sectionOf, sectionIds);
  if (all.total === 0) return null;
  const parts = STATUSES_SHOWN.filter((s) => all.byStatus[s] > 0).map((s) => t(`progress.describeStatus.${s}`, { n: all.byStatus[s] }));
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title">{t('glance.heading')}</h2>
      {/* "47 targets: 47 without a figure" would read as a typo; said in words, it is the finding. */}
      <p>{all.byStatus.no_data === all.total
        ? t('glance.noneJudged', { period: periodLabel(asOf, t), total: all.total })
        : t('glance.summary', { period: periodLabel(asOf, t), total: all.total, statuses: listText(parts, lang) })}</p>
      <p className="muted">{t('progress.intro')}</p>
      <TableScroll labelledBy="glance-title">
        <table className="glance">
          <thead>
            <tr>
              <th scope="col">{t('glance.section')}</th>
              <th scope="col" className="num">{t('glance.targets')}</th>
              {/* The status's full name ("No figure for its scope") does not fit a phone as a header; the sentence above says it. */}
              {STATUSES_SHOWN.map((s) => <th key={s} scope="col" className="num">{t(s === 'no_data' ? 'glance.noData' : `progress.statusText.${s}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.section}>
                <th scope="row"><a href={hrefWith({ section: r.section })} onClick={onLinkClick}>{breakAfterAnd(t(`nav.${r.section}`))}</a></th>
                <td className="num">{r.total}</td>
                {STATUSES_SHOWN.map((s) => <td key={s} className="num">{r.byStatus[s]}</td>)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('glance.all')}</th>
              <td className="num">{all.total}</td>
              {STATUSES_SHOWN.map((s) => <td key={s} className="num">{all.byStatus[s]}</td>)}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
