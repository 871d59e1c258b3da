import { useMemo, useRef } from 'react';
import { useT } from '../../shared/translate';
import { EChart } from '../../charts/EChart';
import { trendCardId } from '../../charts/chartKeys';
import { describeTrend } from '../../charts/describe';
import { trendOption, type TrendPoint } from '../../charts/trend';
import { labelsFrom } from '../../shared/catalogLabels';
import { inBrackets, nameIn, type Dataset, type Observation } from '../../core';
import { ChartActions } from '../../shared/ChartActions';
import { ChartFootnotes } from '../../shared/ChartFootnotes';
import { Disclosure } from '../../shared/Disclosure';
import { QuoteBox } from '../../shared/QuoteBox';
import { formatValue, localValue, periodLabel, unitAfterNumber, unitLabel } from '../../shared/format';
import { formatQuote, nthOf, parseQuote, useQuoteFocus } from '../../shared/quoteParam';
import { hrefWith, navigate, onLinkClick, useUrl } from '../../shared/url';
import { useLang } from '../../shared/useLang';
import { withEveryYear, type Series } from '../../charts/series';
import { TableScroll } from '../../shared/TableScroll';
import { QuoteText } from '../../shared/QuoteText';


/**
 * One indicator as a chart card: title, unit, chart, one-sentence description, source line, notes and a table. `home`:
 * the section whose table lists the indicator, when it is not this one (the card then links there).
 */
export function ChartCard({ series, data, theme, decal, home }: {
  series: Series; data: Dataset; theme: 'light' | 'dark'; decal: boolean; home?: string;
}) {
  const { t } = useT();
  const lang = useLang();
  const { indicator: ind, points } = series;
  // The open quote lives in the URL (`quote=<series key>@<period>[:n]`, see quoteParam.ts), so a copied link reopens it.
  const ref = parseQuote(useUrl().params.get('quote'));
  const samePeriod = (a: Observation, b: Observation) => a.period === b.period;
  const quoted = ref?.chart === series.key && ref.pick.kind === 'row'
    ? series.rows.filter((o) => o.period === ref.period)[ref.pick.n - 1] ?? null
    : null;
  const select = (o: Observation) => navigate(hrefWith({
    quote: formatQuote({ chart: series.key, period: o.period, pick: { kind: 'row', n: nthOf(series.rows, o, samePeriod) } }),
  }), { replace: true });
  const card = useRef<HTMLElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useQuoteFocus(quoted && ref ? formatQuote(ref) : null, card, region);
  const name = nameIn(lang, ind);
  const unit = unitLabel(ind.unit, lang);
  const scope = data.scopes.find((s) => s.scopeId === series.scopeId);
  const labelled = useMemo(
    () => points.map((o) => ({ period: o.period, label: periodLabel(o.period, t), value: localValue(o.valueText, ind.unit, lang), display: formatValue(o.valueText, lang, ind.unit) })),
    [points, t, lang, ind.unit],
  );
  const plotted = useMemo(
    () => withEveryYear<TrendPoint>(labelled, (year) => ({ period: year, label: periodLabel(year, t), value: null, display: t('indicators.noData') })),
    [labelled, t],
  );
  // A stable option object lets echarts-for-react skip setOption on unrelated re-renders.
  const option = useMemo(() => trendOption({
    name, unit, valueUnit: unitAfterNumber(ind.unit, lang), direction: ind.direction, points: plotted, theme, decal, lang,
    words: { better: t('chart.better'), worse: t('chart.worse'), unchanged: t('chart.unchanged'), neutral: '' },
  }), [name, unit, ind.unit, ind.direction, plotted, theme, decal, lang, t]);

  const description = useMemo(() => describeTrend(series, labelsFrom(lang, t)), [series, lang, t]);
  const headingId = trendCardId(series.key);

  return (
    <figure className="chart-card" aria-labelledby={headingId} ref={card}>
      {/* Focusable from script only: Close puts focus here rather than losing it with the removed quote box. */}
      <h3 id={headingId} ref={heading} tabIndex={-1}>{name}</h3>
      <p className="subtitle">
        {t('chart.unitSubtitle', { unit })}
        {scope && series.scopeId !== 'group' && <> · {t('chart.scopeSubtitle', { scope: nameIn(lang, scope) })}</>}
      </p>
      {/* The sentence is the visible paragraph below: the image names itself briefly and points to it, so a screen
          reader says the sentence once rather than as the image's name and again as the paragraph. */}
      <div role="img" aria-label={t('chart.image', { name })} aria-describedby={`${headingId}-description`}>
        <EChart option={option} onEvents={{ click: (p) => {
          const o = points.find((x) => x.period === plotted[p.dataIndex]?.period);
          if (o) select(o);
        } }} />
      </div>
      <p className="description" id={`${headingId}-description`}>{description}</p>
      {quoted && (
        <QuoteBox label={t('chart.quoteOf', { period: periodLabel(quoted.period, t) })} quote={quoted.quote} locator={quoted.locator} region={region} heading={heading} />
      )}
      <ChartActions chartKey={series.key} data={data} theme={theme} decal={decal} />
      <figcaption>
        {home && <p className="muted">{t('chart.homeSection')}{lang === 'zh' ? '' : ' '}<a href={hrefWith({ section: home, quote: null })} onClick={onLinkClick}>{t(`nav.${home}`)}</a></p>}
        <ChartFootnotes data={data} rows={series.rows} notes={series.notes} />
        <Disclosure summary={t('chart.table')}>
          {() => (
            <TableScroll label={t('chart.table')}>
              <table>
                <thead><tr><th scope="col">{t('chart.period')}</th><th scope="col" className="num">{t('chart.value')}{inBrackets(unit, lang)}</th><th scope="col" className="quote-col">{t('chart.quote')}</th></tr></thead>
                <tbody>
                  {series.rows.map((o) => { const show = t('chart.showQuote', { period: periodLabel(o.period, t) }); return (
                    <tr key={o.line}>
                      <th scope="row">{periodLabel(o.period, t)}</th>
                      <td className="num">{formatValue(o.valueText, lang, ind.unit)}</td>
                      <td>
                        <q lang="zh"><QuoteText text={o.quote} /></q>{' '}
                        {/* The drawing is hidden from screen readers and takes no keyboard focus: this is their way to open a quote. */}
                        <button type="button" className="quote-pick" aria-label={show} title={show} onClick={() => select(o)}>“”</button>
                        {(lang === 'zh' ? o.noteZh : o.noteEn) && <p className="note">{lang === 'zh' ? o.noteZh : o.noteEn}</p>}
                      </td>
                    </tr>
                  ); })}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Disclosure>
      </figcaption>
    </figure>
  );
}
