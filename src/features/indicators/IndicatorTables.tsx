import { useT } from '../../shared/translate';
import { citedLocator, colon, inBrackets, nameIn, type Category, type Dataset, type Observation } from '../../core';
import { formatValue, periodLabel, scaledUnit, unitLabel } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { groupByCategory, type IndicatorRow } from './group';
import { sourceCitation } from '../../shared/names';
import { TableScroll } from '../../shared/TableScroll';
import { QuoteText } from '../../shared/QuoteText';

const byLang = <T,>(lang: string, zh: T, en: T): T => (lang === 'zh' ? zh : en);

function Value({ o, lang, unit }: { o: Observation; lang: 'zh' | 'en'; unit: string }) {
  const { t } = useT();
  return (
    <span className={`value value-${o.status}`}>
      {formatValue(o.valueText, lang, unit)}
      {o.status === 'derived' && <small>{inBrackets(t('indicators.derived'), lang)}</small>}
    </span>
  );
}

function Row({ row, periods, data }: { row: IndicatorRow; periods: readonly string[]; data: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  const { indicator: ind } = row;
  const scope = data.scopes.find((s) => s.scopeId === row.scopeId);
  const sources = [...new Map(row.observations.map((o) => [`${o.sourceId}\u0000${o.locator}`, o])).values()];
  const titleOf = (id: string) => sourceCitation(data, id, lang);
  // One English scale for the row, from its largest value: "148 million t … 356 million t", never "0.148 billion t".
  const unit = scaledUnit(ind.unit, row.observations.map((o) => o.valueText));
  return (
    <tr>
      <th scope="row">
        {nameIn(lang, ind)}
        {scope && row.scopeId !== 'group' && <div className="scope">{t('indicators.scope')}{colon(lang)}{nameIn(lang, scope)}</div>}
        {/* On a phone the unit column gives its room to the years, and the unit goes under the name (styles.css). */}
        <div className="unit-inline">{t('indicators.unit')}{colon(lang)}{unitLabel(unit, lang)}</div>
      </th>
      <td className="words unit">{unitLabel(unit, lang)}</td>
      {periods.map((p) => {
        // Two sources printing the same figure show it once; differing figures show side by side.
        const obs = [...new Map((row.byPeriod.get(p) ?? []).map((o) => [o.valueText, o])).values()];
        return (
          <td key={p} className="num">
            {obs.length === 0 ? <span aria-label={t('indicators.noData')}>–</span> : obs.map((o, i) => (
              <span key={o.line}>{i > 0 && ' / '}<Value o={o} lang={lang} unit={unit} /></span>
            ))}
          </td>
        );
      })}
      <td className="source">
        {sources.map((o) => <div key={o.line}>{titleOf(o.sourceId)}{colon(lang)}{citedLocator(o.locator, lang)}</div>)}
        {row.observations.length > 0 && (
          <details>
            <summary>{t('indicators.quotes')}</summary>
            <ul>
              {row.observations.map((o) => (
                <li key={o.line}>
                  <span className="period">{periodLabel(o.period, t)}</span>{colon(lang)}<q lang="zh"><QuoteText text={o.quote} /></q>
                  {byLang(lang, o.noteZh, o.noteEn) && <p className="note">{t('indicators.note')}{colon(lang)}{byLang(lang, o.noteZh, o.noteEn)}</p>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}

/** Every indicator of the given categories (all by default), one table per category, each value with source and quote. */
export function IndicatorTables({ data, categories }: { data: Dataset; categories?: readonly Category[] }) {
  const { t } = useT();
  const lang = useLang();
  const tables = groupByCategory(data).filter((g) => !categories || categories.includes(g.category));
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('indicators.heading')}</h2>
      {tables.map((table) => (
        <section key={table.category} aria-labelledby={`cat-${table.category}`} className="category">
          <h3 id={`cat-${table.category}`}>
            {t(`category.${table.category}`)}
            <small>{inBrackets(t('indicators.count', { count: new Set(table.rows.map((r) => r.indicator.indicatorId)).size }), lang)}</small>
          </h3>
          {/* Opened at the latest year: on a phone the first years (2001 for a few indicators) would fill the screen. */}
          <TableScroll labelledBy={`cat-${table.category}`} reveal="th.latest">
            <table className="indicator-table">
              <thead>
                <tr>
                  <th scope="col">{t('indicators.indicator')}</th>
                  <th scope="col" className="unit">{t('indicators.unit')}</th>
                  {table.periods.map((p, i) => (
                    <th scope="col" key={p} className={i === table.periods.length - 1 ? 'num latest' : 'num'}>{periodLabel(p, t)}</th>
                  ))}
                  <th scope="col">{t('indicators.source')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <Row key={`${row.indicator.indicatorId}:${row.scopeId}`} row={row} periods={table.periods} data={data} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </section>
  );
}
