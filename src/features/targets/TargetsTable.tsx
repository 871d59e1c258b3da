import { useT } from '../../shared/translate';
import { capitalized, citedLocator, colon, compareText, indicatorName, scopeName, targetsIn, type Category, type Dataset, type Target } from '../../core';
import { comparatorSign, formatAmount, periodLabel, periodSortKey } from '../../shared/format';
import { targetPathUnit } from '../../charts/series';
import { useLang } from '../../shared/useLang';
import { TableScroll } from '../../shared/TableScroll';
import { QuoteText } from '../../shared/QuoteText';

/** Every target of indicators in the given categories, with its scope, deadline, level and source quote. */
export function TargetsTable({ data, categories }: { data: Dataset; categories: readonly Category[] }) {
  const { t } = useT();
  const lang = useLang();
  const shown = targetsIn(data, categories);
  if (shown.length === 0) return null;
  const name = (id: string) => indicatorName(data, id, lang);
  const scope = (id: string) => scopeName(data, id, lang);
  // Each indicator's targets in the English scale of its target path, as the chart above says them.
  const unitOf = (g: Target) => {
    const ind = data.indicators.find((i) => i.indicatorId === g.indicatorId);
    const of = <T extends { indicatorId: string }>(rows: readonly T[]) => rows.filter((r) => r.indicatorId === g.indicatorId);
    return ind ? targetPathUnit(ind, of(data.observations), of(data.targets)) : g.unit;
  };
  const targets = [...shown].sort(
    (a, b) => compareText(a.indicatorId, b.indicatorId) || compareText(a.scopeId, b.scopeId) || periodSortKey(a.period) - periodSortKey(b.period),
  );
  return (
    <section aria-labelledby="targets-title">
      <h2 id="targets-title">{t('targets.heading')}</h2>
      <TableScroll labelledBy="targets-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('targets.target')}</th>
              <th scope="col">{t('indicators.scope')}</th>
              <th scope="col">{t('targets.deadline')}</th>
              <th scope="col" className="num">{t('targets.value')}</th>
              <th scope="col">{t('targets.level')}</th>
              <th scope="col">{t('indicators.source')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((g) => (
              <tr key={g.targetId}>
                <th scope="row">{name(g.indicatorId)}</th>
                <td className="words">{capitalized(scope(g.scopeId), lang)}</td>
                <td>{periodLabel(g.period, t)}</td>
                <td className="num">{comparatorSign(g.comparator)} {formatAmount(g.valueText, lang, unitOf(g))}</td>
                <td className="words">{t(`level.${g.level}`)}</td>
                <td className="source">
                  {citedLocator(g.locator, lang)}
                  <details>
                    <summary>{t('indicators.quotes')}</summary>
                    <q lang="zh"><QuoteText text={g.quote} /></q>
                    {(lang === 'zh' ? g.noteZh : g.noteEn) && <p className="note">{t('indicators.note')}{colon(lang)}{lang === 'zh' ? g.noteZh : g.noteEn}</p>}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
