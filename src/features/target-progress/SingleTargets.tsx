import { useRef } from 'react';
import { useT } from '../../shared/translate';
import { listText } from '../../charts/targetSummary';
import { nameIn, scopeName, type Dataset } from '../../core';
import { targetPathKey } from '../../charts/chartKeys';
import { notesOf } from '../../charts/series';
import { ChartFootnotes } from '../../shared/ChartFootnotes';
import { QuoteBox } from '../../shared/QuoteBox';
import { formatAmount, localScale, periodLabel, unitOfDifference, whichText } from '../../shared/format';
import { formatQuote, parseQuote, useQuoteFocus, type QuoteRef } from '../../shared/quoteParam';
import { hrefWith, navigate, useUrl } from '../../shared/url';
import { useLang } from '../../shared/useLang';
import { TableScroll } from '../../shared/TableScroll';
import type { TargetGroup, TargetRow } from './model';
import { milestoneLine, TargetTableHead, TargetTableRow } from './TargetTableRow';

/**
 * The targets of a section that have one milestone each, in one table after the path charts. One milestone draws no
 * path, and a card per target (a section has up to nine) pushed the charts down the page without showing more. Each
 * row keeps what a card showed: status, gap, pace, share closed, its quote (under the same link as before, so links
 * copied from a card still open it), its sources and data notes.
 */
export function SingleTargets({ groups, data }: { groups: readonly TargetGroup[]; data: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  const scopeOf = (id: string) => scopeName(data, id, lang);
  const rows = groups.flatMap((g) => g.rows.map((r) => ({ r, g })));
  const refOf = ({ r }: { r: TargetRow }): QuoteRef => ({
    chart: targetPathKey(r.target.indicatorId), period: r.target.period, pick: { kind: 'target', targetId: r.target.targetId },
  });
  const ref = parseQuote(useUrl().params.get('quote'));
  const pick = ref?.pick;
  const quoted = ref && pick?.kind === 'target'
    ? rows.find(({ r }) => ref.chart === targetPathKey(r.target.indicatorId) && r.target.targetId === pick.targetId && r.target.period === ref.period) ?? null
    : null;
  const card = useRef<HTMLElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useQuoteFocus(quoted && formatQuote(refOf(quoted)), card, region);
  const nameOf = (g: TargetGroup) => nameIn(lang, g.indicator);
  const whichOf = ({ r, g }: { r: TargetRow; g: TargetGroup }) => whichText(lang, scopeOf(r.target.scopeId), periodLabel(r.target.period, t), nameOf(g));
  // Where a plan measures a plant's target from a wider scope's figure, the table shows that figure for the gap and the
  // pace; this says so in words, as a path chart's caveat does.
  const caveats = rows.filter(({ r }) => r.baselineCrossesScope && r.planBaseline).map(({ r, g }) => t('progress.crossScopeSingle', {
    name: nameOf(g), value: formatAmount(r.planBaseline!.valueText, lang, g.indicator.unit), period: periodLabel(r.planBaseline!.period, t),
    baselineScope: scopeOf(r.planBaseline!.scopeId), scopes: listText([scopeOf(r.target.scopeId)], lang),
  }));
  const notes = [...new Map(groups.flatMap((g) => notesOf(data, g.indicator.indicatorId)).map((n) => [n.noteId, n])).values()];
  const sourced = [
    ...rows.map(({ r }) => r.target),
    ...groups.flatMap((g) => data.observations.filter((o) => o.indicatorId === g.indicator.indicatorId)),
  ];
  const headingId = 'progress-single';
  return (
    <section className="chart-card wide" aria-labelledby={headingId} ref={card}>
      {/* Focusable from script only: Close puts focus here rather than losing it with the removed quote box. */}
      <h3 id={headingId} ref={heading} tabIndex={-1}>{t('progress.singleTitle')}</h3>
      {caveats.map((c) => <p key={c} className="caveat" role="note">{c}</p>)}
      {quoted && (
        <QuoteBox label={t('chart.quoteOf', { period: whichOf(quoted) })} quote={quoted.r.target.quote} locator={quoted.r.target.locator} region={region} heading={heading}>
          <div>{milestoneLine(whichOf(quoted), quoted.r.target, lang, t)}</div>
        </QuoteBox>
      )}
      <TableScroll labelledBy={headingId}>
        <table className="progress">
          <TargetTableHead t={t} />
          <tbody>
            {rows.map(({ r, g }) => (
              <TargetTableRow
                key={r.target.targetId} r={r} name={nameOf(g)} diffUnit={unitOfDifference(g.indicator.unit, lang)}
                scale={localScale(g.indicator.unit, lang)} lang={lang} t={t} scopeName={scopeOf}
                onQuote={() => navigate(hrefWith({ quote: formatQuote(refOf({ r })) }), { replace: true })}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ChartFootnotes data={data} rows={sourced} notes={notes} />
    </section>
  );
}
