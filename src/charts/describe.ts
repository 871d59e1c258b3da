import { inBrackets, joinSentences, nameIn } from '../core';
import type { Labels } from './catalog';
import type { Series } from './series';
import { judge } from './trend';

// English says a position as an ordinal ("217th", "11th", "21st"); Chinese writes 第 217 位 around the bare number.
function ordinal(text: string): string {
  const n = Number(text.replace(/,/g, ''));
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${text}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/**
 * The one-sentence trend description of a series (first to last period, with the change), followed by its
 * better/worse judgement where the indicator has a direction. The dashboard's card and every export say this.
 */
export function describeTrend(s: Series, l: Labels): string {
  const ind = s.indicator;
  const [first, last] = [s.points[0], s.points[s.points.length - 1]];
  const [a, b] = [l.number(first.valueText, ind.unit), l.number(last.valueText, ind.unit)];
  // Each number with its unit ("from 4.331 billion t in 2018 to 5.035 billion t"): a bare "4.331" could be quoted
  // on its own, and with a scale word it reads as another figure. The last one never parts from its unit at a line end.
  const p = {
    name: nameIn(l.lang, ind),
    // Chinese puts a space between a digit, % or Latin letter and a Chinese character, none between two Chinese ones.
    first: l.lang === 'zh' ? l.amount(first.valueText, ind.unit, '\u00a0').replace(/[\x21-\x7e]$/, '$& ') : l.amount(first.valueText, ind.unit, '\u00a0'),
    last: l.amount(last.valueText, ind.unit, '\u00a0'),
    firstPeriod: l.period(first.period), lastPeriod: l.period(last.period),
  };
  const j = judge(ind.direction, a, b);
  const verdict = j === 'better' ? l.words('chart.judgementBetter') : j === 'worse' ? l.words('chart.judgementWorse') : '';
  // A rank is a position, not an amount: "fell from 436 to 217" reads as a loss (排名下降 is a worse rank) and a
  // percentage change of it means nothing. It says both positions; the verdict says which way is better.
  if (ind.unit === 'rank') {
    const position = (text: string) => (l.lang === 'en' ? ordinal(l.value(text, ind.unit)) : l.value(text, ind.unit));
    return joinSentences(l.lang, l.words('chart.describeRank', { ...p, first: position(first.valueText), last: position(last.valueText) }), verdict);
  }
  // The change in brackets; none from a zero start, where no percentage exists (not an empty pair of brackets).
  const change = l.change(a, b, ind.unit);
  const aside = change === '' ? '' : inBrackets(change, l.lang);
  // Equal ends: "in both 2018 and 2020" would suggest there is nothing between them, and would hide a dip in 2019.
  const all = s.points.map((o) => l.number(o.valueText, ind.unit));
  const flat = s.points.length <= 2 ? 'chart.describeFlat' : all.every((v) => v === a) ? 'chart.describeSame' : 'chart.describeSameEnds';
  const sentence = a === b ? l.words(flat, p)
    : l.words(b > a ? 'chart.describeUp' : 'chart.describeDown', { ...p, change: aside });
  return joinSentences(l.lang, sentence, verdict);
}
