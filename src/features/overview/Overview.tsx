import { Deferred } from '../../shared/Deferred';
import { useT } from '../../shared/translate';
import { nameIn, unitAround, unitSeparator, type Category, type Dataset, type Direction, type Lang } from '../../core';
import { formatChange, formatValue, periodLabel, unitAfterNumber } from '../../shared/format';
import { hrefWith, onLinkClick } from '../../shared/url';
import { useLang } from '../../shared/useLang';
import { headlines } from './headlines';
import { TargetsAtAGlance } from './TargetsAtAGlance';

/** Which way a change reads, by the indicator's direction: drives the card's colour and its word. */
function tone(direction: Direction, prev: number, curr: number): 'better' | 'worse' | 'flat' | 'neutral' {
  if (direction === 'neutral') return 'neutral';
  if (curr === prev) return 'flat';
  return (direction === 'higher_better') === curr > prev ? 'better' : 'worse';
}

/**
 * A change as Chinese reports write it after 较 2019 年: the direction in a word and the size without a sign ("上升 1.3%",
 * "下降 8.32 个百分点", "持平"); a bare "+1.3%" reads as translated. English keeps the signed figure.
 */
function changeIn(lang: Lang, change: string, same: boolean): string {
  if (lang !== 'zh') return change;
  if (same) return '持平';
  const sign = change.charAt(0);
  return sign === '+' ? `上升 ${change.slice(1)}` : sign === '−' ? `下降 ${change.slice(1)}` : `变化 ${change}`;
}

/** A small inline line of the series; decorative, the card's text says the same in words. */
function Sparkline({ values }: { values: readonly number[] }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pts = values.map((v, i) => `${(i / (values.length - 1)) * 100},${28 - ((v - min) / span) * 24}`).join(' ');
  return (
    <svg className="sparkline" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <polyline points={pts} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/**
 * Headline cards (latest value, unit, change against the previous year coloured by direction, a sparkline, a link),
 * then every target counted by status. `sectionIds`: the sections in navigation order.
 */
export function Overview({ data, sectionOf, sectionIds }: {
  data: Dataset; sectionOf: (c: Category) => string; sectionIds: readonly string[];
}) {
  const { t } = useT();
  const lang = useLang();
  // The unit in smaller type, joined to the value as everywhere else: "92.92%", "29.0217 Mt tce", "CNY 68.18 million".
  const withSmallUnit = (valueText: string, code: string) => {
    const { before, after } = unitAround(unitAfterNumber(code, lang));
    return (
      <>
        {before && <><small>{before}</small>{' '}</>}
        {formatValue(valueText, lang, code)}
        {after && <>{unitSeparator(after)}<small>{after}</small></>}
      </>
    );
  };
  return (
    <>
      <section aria-labelledby="overview-title">
        <h2 id="overview-title">{t('overview.heading')}</h2>
        <ul className="cards">
          {headlines(data).map(({ indicator: ind, unit, series, latest, previous }) => {
            const section = sectionOf(ind.category);
            const trend = previous ? tone(ind.direction, previous.value, latest.value) : 'neutral';
            const change = previous ? formatChange(previous.value, latest.value, ind.unit, lang) : '';
            // Chinese running text takes a comma, not a spaced middle dot: "较 2019 年上升 1.3%，表现恶化。"
            const verdict = trend === 'better' ? t('chart.judgementBetter') : trend === 'worse' ? t('chart.judgementWorse') : '';
            return (
              <li key={ind.indicatorId} className={`card card-${trend}`}>
                <a href={hrefWith({ section })} onClick={onLinkClick}>
                  <span className="card-name">{nameIn(lang, ind)}</span>
                  <span className="card-value">{withSmallUnit(latest.valueText, unit)}</span>
                  <span className="card-meta">{t('overview.latest', { period: periodLabel(latest.period, t) })}</span>
                  <span className="card-change">
                    {previous && change
                      ? `${t('overview.changeVsPrev', { change: changeIn(lang, change, previous.value === latest.value), period: periodLabel(previous.period, t) })}${verdict && (lang === 'zh' ? '，' : ' · ')}${verdict}`
                      : t('overview.noPrev')}
                  </span>
                  <Sparkline values={series.map((o) => o.value)} />
                </a>
              </li>
            );
          })}
        </ul>
      </section>
      {/* Below the cards: rendered once the first screen has painted (Deferred). */}
      <Deferred><TargetsAtAGlance data={data} sectionOf={sectionOf} sectionIds={sectionIds} /></Deferred>
    </>
  );
}
