import { useT } from '../../shared/translate';
import { citedLocator, colon, inBrackets, indicatorName, type Dataset, type Observation } from '../../core';
import { ChartFootnotes } from '../../shared/ChartFootnotes';
import { formatValue, numberFormat, periodLabel } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { TableScroll } from '../../shared/TableScroll';
import { QuoteText } from '../../shared/QuoteText';

const groupValue = (data: Dataset, id: string): Observation | undefined =>
  data.observations.find((o) => o.indicatorId === id && o.scopeId === 'group');

/**
 * The remediation plan's counts at a glance: problems, measures, and the public complaints with the share closed and
 * closed at stage, drawn as one bar whose parts are computed from the printed counts (never typed in).
 */
export function RemediationCounts({ data }: { data: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  const name = (id: string) => indicatorName(data, id, lang);
  const cards = ['remediation_problems', 'remediation_measures', 'public_complaints_received']
    .map((id) => ({ id, o: groupValue(data, id) }))
    .filter((c): c is { id: string; o: Observation } => c.o !== undefined);
  const received = groupValue(data, 'public_complaints_received');
  const parts = ['public_complaints_closed', 'public_complaints_stage_closed']
    .map((id) => ({ id, o: groupValue(data, id) }))
    .filter((p): p is { id: string; o: Observation } => p.o !== undefined);
  if (cards.length === 0) return null;
  const pct = (n: number) => (received ? `${numberFormat(lang, { maximumFractionDigits: 1 }).format((n / received.value) * 100)}%` : '');
  const sum = parts.reduce((s, p) => s + p.o.value, 0);
  const plotted = received ? [received, ...parts.map((p) => p.o)] : [];
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">{t('remediation.heading')}</h2>
      <ul className="cards">
        {cards.map(({ id, o }) => (
          <li key={id} className="card card-neutral">
            <div className="card-body">
              <span className="card-name">{name(id)}</span>
              <span className="card-value">{formatValue(o.valueText, lang)}</span>
              <span className="card-meta">{periodLabel(o.period, t)} · {citedLocator(o.locator, lang)}</span>
            </div>
          </li>
        ))}
      </ul>
      {/* The cards' own sources: each card gives its section, these lines the document, as under every chart. */}
      <div className="cards-sources">
        <ChartFootnotes data={data} rows={cards.map((c) => c.o)} notes={data.notes.filter((n) => cards.some((c) => n.indicatorIds.includes(c.id)))} />
      </div>
      {received && parts.length > 0 && (
        <figure className="chart-card" aria-labelledby="complaints-title">
          <h3 id="complaints-title">{t('remediation.complaintsTitle', { total: formatValue(received.valueText, lang) })}</h3>
          <div className="stack" role="img" aria-label={parts.map((p) => `${name(p.id)}${colon(lang)}${formatValue(p.o.valueText, lang)}${inBrackets(pct(p.o.value), lang)}`).join(lang === 'zh' ? '；' : '; ')}>
            {parts.map((p, i) => (
              <div key={p.id} className={`stack-part stack-${i}`} style={{ width: `${(p.o.value / received.value) * 100}%` }}>
                {formatValue(p.o.valueText, lang)} · {pct(p.o.value)}
              </div>
            ))}
          </div>
          {/* Scrolls on its own on a phone, as every table does, so the quotes keep a readable width. */}
          <TableScroll labelledBy="complaints-title">
            <table>
              <thead><tr><th scope="col">{t('indicators.indicator')}</th><th scope="col" className="num">{t('chart.value')}</th><th scope="col" className="num">%</th><th scope="col" className="quote-col">{t('chart.quote')}</th></tr></thead>
              <tbody>
                {/* Each row's swatch is the legend of its segment in the bar above. */}
                {parts.map((p, i) => (
                  <tr key={p.id}><th scope="row"><span className={`swatch stack-${i}`} aria-hidden="true" />{name(p.id)}</th><td className="num">{formatValue(p.o.valueText, lang)}</td><td className="num">{pct(p.o.value)}</td><td className="source"><q lang="zh"><QuoteText text={p.o.quote} /></q></td></tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className={sum === received.value ? 'muted' : 'caveat'}>
            {sum === received.value ? t('remediation.adds', { sum: formatValue(String(sum), lang) }) : t('remediation.mismatch', { sum: formatValue(String(sum), lang), total: formatValue(received.valueText, lang) })}
          </p>
          <figcaption>
            <ChartFootnotes data={data} rows={plotted} notes={data.notes.filter((n) => plotted.some((o) => n.indicatorIds.includes(o.indicatorId)))} />
          </figcaption>
        </figure>
      )}
    </section>
  );
}
