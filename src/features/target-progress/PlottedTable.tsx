import { useT } from '../../shared/translate';
import { Disclosure } from '../../shared/Disclosure';
import { inBrackets } from '../../core';
import { comparatorSign, formatValue } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import type { Plotted } from './model';
import { TableScroll } from '../../shared/TableScroll';
import { QuoteText } from '../../shared/QuoteText';

/**
 * Every number a target path chart plots, series by series (each plan path from its baseline through its milestones,
 * then the actual figures), with its quote and a button that opens it. The chart itself is hidden from screen readers
 * and takes no keyboard focus; this is how they read the plotted values and reach the actuals' and baseline's quotes.
 * `describe` names a point (with its series' name, when the series has one) for its quote button.
 */
export function PlottedTable({ series, unit, unitCode, describe, onQuote }: {
  series: ReadonlyArray<{ name: string; points: readonly Plotted[] }>;
  /** The unit's label for the reader, and its code (values convert with it, as on the chart). */
  unit: string;
  unitCode: string;
  describe: (p: Plotted, series: string) => string;
  onQuote: (p: Plotted) => void;
}) {
  const { t } = useT();
  const lang = useLang();
  return (
    <Disclosure summary={t('progress.table')}>
      {() => (
        <TableScroll label={t('progress.table')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('progress.point')}</th>
                <th scope="col" className="num">{t('chart.value')}{inBrackets(unit, lang)}</th>
                <th scope="col" className="quote-col">{t('chart.quote')}</th>
              </tr>
            </thead>
            <tbody>
              {series.flatMap(({ name, points }) => points.map((p) => {
                const label = describe(p, name);
                const row = p.kind === 'actual' ? p.o : p.r.target;
                const show = t('chart.showQuote', { period: label });
                return (
                  <tr key={`${name}|${p.kind}|${p.kind === 'actual' ? p.o.line : p.r.target.targetId}`}>
                    <th scope="row">{label}</th>
                    <td className="num">
                      {p.kind === 'target' && `${comparatorSign(p.r.target.comparator)} `}{formatValue(row.valueText, lang, unitCode)}
                    </td>
                    <td>
                      <q lang="zh"><QuoteText text={row.quote} /></q>{' '}
                      <button type="button" className="quote-pick" aria-label={show} title={show} onClick={() => onQuote(p)}>“”</button>
                    </td>
                  </tr>
                );
              }))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Disclosure>
  );
}
