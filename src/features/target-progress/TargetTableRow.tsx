import type { TFunction } from 'i18next';
import { capitalized, colon, inBrackets, withUnit, type Lang } from '../../core';
import { comparatorSign, derivedDigits, formatAmount, formatSigned, formatValue, periodLabel, whichText } from '../../shared/format';
import type { TargetRow } from './model';

const fmt = (n: number, lang: Lang, digits = 3) => formatSigned(n, lang, digits);

/**
 * A figure and its relative size in brackets, "+0.002 tce/t (+0.6%)": each part stays on one line, and the line may
 * break between them, so on a 1024 px screen the table fits its card instead of scrolling.
 */
function Figure({ value, aside, lang }: { value: string; aside: string; lang: Lang }) {
  const bracketed = inBrackets(aside, lang);
  return <><span className="nw">{value}</span>{bracketed.startsWith(' ') ? ' ' : ''}<span className="nw">{bracketed.trimStart()}</span></>;
}

/**
 * One target's row: the milestone, its status and why, the gap from the plan's baseline, the change needed per year,
 * the share of the gap closed, and a button that opens its quote. `name` puts the indicator's name first, for a table
 * that holds targets of several indicators.
 */
export function TargetTableRow({ r, name, diffUnit, scale, lang, t, scopeName, onQuote }: {
  r: TargetRow;
  name?: string;
  /** The unit as written after a difference (a gap, a pace: "pp" for percentages). */
  diffUnit: string; scale: number; lang: Lang; t: TFunction; scopeName: (id: string) => string; onQuote: () => void;
}) {
  const { target: g, assessment: a } = r;
  // Relative sizes with one decimal always ("+2.0%" beside "+0.6%").
  const pct = (x: number | null) => (x === null ? '–' : `${formatSigned(x, lang, 1, 1)}%`);
  const paceDigits = derivedDigits(g.valueText, scale);
  const show = t('chart.showQuote', { period: whichText(lang, scopeName(g.scopeId), periodLabel(g.period, t), name) });
  return (
    <tr>
      <th scope="row" className={name ? 'named' : undefined}>
        {name && <div className="target-name">{name}</div>}
        {whichText(lang, capitalized(scopeName(g.scopeId), lang), periodLabel(g.period, t))}{colon(lang)}{comparatorSign(g.comparator)} {formatAmount(g.valueText, lang, g.unit)}
        <div className="muted">{t(`level.${g.level}`)}</div>
      </th>
      <td className="status-cell">
        <strong className={`status status-${a.status}`}>{t(`progress.statusText.${a.status}`)}</strong>
        {/* "After the baseline" only where this scope has one: most plant targets have only the group's. */}
        <div className="muted">{t(a.status === 'no_data' && !a.baseline ? 'progress.noFigureWhy' : `progress.statusWhy.${a.status}`)}</div>
      </td>
      <td className="num">
        {r.gapFromBaseline ? <Figure lang={lang} value={withUnit(fmt(r.gapFromBaseline.absolute * scale, lang), diffUnit)} aside={pct(r.gapFromBaseline.percent)} /> : '–'}
        {r.planBaseline && (
          <div className="muted">{t('progress.baselineNote', { value: formatValue(r.planBaseline.valueText, lang, r.target.unit), period: periodLabel(r.planBaseline.period, t), scope: scopeName(r.planBaseline.scopeId) })}</div>
        )}
      </td>
      <td className="num">
        {r.pace
          ? <Figure lang={lang} value={t('progress.perYear', { value: withUnit(fmt(r.pace.absolute * scale, lang, paceDigits), diffUnit) })} aside={t('progress.perYear', { value: pct(r.pace.percent) })} />
          : r.baselineWithin ? <span className="muted">{t('progress.noChangeNeeded')}</span> : '–'}
      </td>
      <td className="num">{a.shareClosed === null ? '–' : `${fmt(a.shareClosed * 100, lang, 0)}%`}</td>
      <td>
        {/* The chart is hidden from screen readers and takes no keyboard focus: this opens a milestone's quote without it. */}
        <button type="button" className="quote-pick" aria-label={show} title={show} onClick={onQuote}>“”</button>
      </td>
    </tr>
  );
}

/**
 * What an opened milestone quote says it is: "New alumina plants · 2021: ≤ 0.278 tce/t · Industry advanced level",
 * "新建氧化铝企业 2021 年：≤ 0.278 吨标准煤/吨（行业先进水平）".
 */
export function milestoneLine(which: string, g: TargetRow['target'], lang: Lang, t: TFunction): string {
  const level = t(`level.${g.level}`);
  return `${capitalized(which, lang)}${colon(lang)}${comparatorSign(g.comparator)} ${formatAmount(g.valueText, lang, g.unit)}${lang === 'zh' ? inBrackets(level, lang) : ` · ${level}`}`;
}

/** The header row of a table of `TargetTableRow`s. */
export function TargetTableHead({ t }: { t: TFunction }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t('progress.target')}</th>
        <th scope="col">{t('progress.status')}</th>
        <th scope="col" className="num">{t('progress.gap')}</th>
        <th scope="col" className="num">{t('progress.pace')}</th>
        <th scope="col" className="num">{t('progress.closed')}</th>
        <th scope="col" className="quote-col">{t('chart.quote')}</th>
      </tr>
    </thead>
  );
}
