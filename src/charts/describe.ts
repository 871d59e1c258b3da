import { inBrackets, joinSentences, nameIn } from '../core';
import type { Labels } from './catalog';
import type { Series } from './series';
import { judge } from './trend';

/**
 * The one-sentence trend description of a series (first to last period, with the change), followed by its
 * better/worse judgement where the indicator has a direction. The dashboard's card and every export say this.
 */
export function describeTrend(s: Series, l: Labels): string {
  const ind = s.indicator;
  const [first, last] = [s.points[0], s.points[s.points.length - 1]];
  const [a, b] = [l.number(first.valueText, ind.unit), l.number(last.valueText, ind.unit)];
  // A unit written apart ("from 4.331 in 2018 to 5.035 billion t") is said once, at the end; a percent sign belongs to
  // each number ("from 87.68% … to 92.92%"): a bare "87.68" beside "92.92%" reads as another kind of figure.
  const p = {
    name: nameIn(l.lang, ind),
    first: l.unitAfter(ind.unit) === '%' ? l.amount(first.valueText, ind.unit) : l.value(first.valueText, ind.unit),
    last: l.amount(last.valueText, ind.unit, '\u00a0'),
    firstPeriod: l.period(first.period), lastPeriod: l.period(last.period),
  };
  const j = judge(ind.direction, a, b);
  const verdict = j === 'better' ? l.words('chart.judgementBetter') : j === 'worse' ? l.words('chart.judgementWorse') : '';
  // A rank is a position, not an amount: "fell from 436 to 217" reads as a loss (排名下降 is a worse rank) and a
  // percentage change of it means nothing. It says both positions; the verdict says which way is better.
  if (ind.unit === 'rank') {
    return joinSentences(l.lang, l.words('chart.describeRank', { ...p, first: l.value(first.valueText, ind.unit), last: l.value(last.valueText, ind.unit) }), verdict);
  }
  // The change in brackets; none from a zero start, where no percentage exists (not an empty pair of brackets).
  const change = l.change(a, b, ind.unit);
  const aside = change === '' ? '' : inBrackets(change, l.lang);
  const sentence = a === b ? l.words('chart.describeFlat', p)
    : l.words(b > a ? 'chart.describeUp' : 'chart.describeDown', { ...p, change: aside });
  return joinSentences(l.lang, sentence, verdict);
}
