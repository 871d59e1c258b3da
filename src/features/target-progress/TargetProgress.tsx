import { useMemo, useRef } from 'react';
import { useT } from '../../shared/translate';
import { ChartLegend } from '../../charts/ChartLegend';
import { EChart } from '../../charts/EChart';
import { targetPathOption, type PathPoint } from '../../charts/targetPath';
import { currentPeriod, describeTargets, listText, summarizeTargets } from '../../charts/targetSummary';
import { labelsFrom } from '../../shared/catalogLabels';
import { capitalized, colon, commaList, nameIn, periodEnd, scopeName, type Category, type Dataset, type Observation } from '../../core';
import { targetPathCardId, targetPathKey } from '../../charts/chartKeys';
import { notesOf } from '../../charts/series';
import { ChartActions } from '../../shared/ChartActions';
import { ChartFootnotes } from '../../shared/ChartFootnotes';
import { QuoteBox } from '../../shared/QuoteBox';
import { Deferred } from '../../shared/Deferred';
import { formatAmount, formatValue, localScale, localValue, periodLabel, unitAfterNumber, unitLabel, unitOfDifference, whichText } from '../../shared/format';
import { formatQuote, nthOf, parseQuote, useQuoteFocus, type QuoteRef } from '../../shared/quoteParam';
import { hrefWith, navigate, useUrl } from '../../shared/url';
import { useLang } from '../../shared/useLang';
import { targetGroups, type Plotted, type TargetGroup } from './model';
import { milestoneLine, TargetTableHead, TargetTableRow } from './TargetTableRow';
import { SingleTargets } from './SingleTargets';
import { PlottedTable } from './PlottedTable';
import { TableScroll } from '../../shared/TableScroll';

// Rows of one actual marker's slot; `n` in a quote reference counts among them (sources may print a period twice).
const sameSlot = (a: Observation, b: Observation) => a.period === b.period && a.scopeId === b.scopeId;

function GroupCard({ group, data, theme }: { group: TargetGroup; data: Dataset; theme: 'light' | 'dark' }) {
  const { t } = useT();
  const lang = useLang();
  const ind = group.indicator;
  const name = nameIn(lang, ind);
  const unit = unitLabel(ind.unit, lang);
  // After a number: "92.92%", and an English count bare ("18", not "18 count").
  const after = unitAfterNumber(ind.unit, lang);
  // Derived numbers (gaps, paces) in the reader's unit; plotted points take the exact conversion of the printed ones.
  const scale = localScale(ind.unit, lang);
  const scopeOf = (id: string) => scopeName(data, id, lang);
  const baseline = group.rows.find((r) => r.planBaseline)?.planBaseline ?? null;
  const scopes = [...new Set(group.rows.map((r) => r.target.scopeId))];
  const crosses = group.rows.some((r) => r.baselineCrossesScope);
  const chartKey = targetPathKey(ind.indicatorId);
  // The points in the order targetPathOption draws them (a path per scope from the baseline, then the actuals), so a
  // click's seriesIndex and dataIndex lead back to the row it shows.
  const plan = useMemo(() => ({
    actuals: data.observations.filter((o) => o.indicatorId === ind.indicatorId),
    paths: scopes.map((scope): Plotted[] => [
      ...(baseline ? [{ kind: 'actual', o: baseline } as const] : []),
      ...group.rows.filter((r) => r.target.scopeId === scope).map((r) => ({ kind: 'target', r } as const)),
    ]),
  }), [group, data]); // eslint-disable-line react-hooks/exhaustive-deps
  const option = useMemo(() => {
    const point = (p: Plotted): PathPoint => {
      const { period, valueText } = p.kind === 'actual' ? p.o : p.r.target;
      return {
        x: periodEnd(period) ?? 0, value: localValue(valueText, ind.unit, lang), label: periodLabel(period, t), display: formatValue(valueText, lang, ind.unit),
        level: p.kind === 'actual' ? '' : p.r.target.level,
      };
    };
    const actualScopes = [...new Set(plan.actuals.map((o) => o.scopeId))];
    return targetPathOption({
      unit,
      valueUnit: after,
      theme,
      lang,
      actuals: {
        name: t('progress.actualSeries', { scope: commaList(actualScopes.map(scopeOf), lang) }),
        points: plan.actuals.map((o) => point({ kind: 'actual', o })),
      },
      paths: scopes.map((scope, i) => ({ name: t('progress.pathSeries', { scope: scopeOf(scope) }), points: plan.paths[i].map(point) })),
      levelNames: { industry_advanced: t('level.industry_advanced'), industry_average: t('level.industry_average'), plan: t('level.plan') },
      yearEndLabel: (v: number) => t('progress.yearEnd', { year: v - 1 }),
    });
  }, [plan, theme, t, lang]); // eslint-disable-line react-hooks/exhaustive-deps

  // The open quote lives in the URL (`quote=targets|<indicator>@<period>:actual:<scope>` or `…:target:<target id>`,
  // see quoteParam.ts), so a copied link reopens it.
  const refOf = (p: Plotted): QuoteRef => p.kind === 'target'
    ? { chart: chartKey, period: p.r.target.period, pick: { kind: 'target', targetId: p.r.target.targetId } }
    : { chart: chartKey, period: p.o.period, pick: { kind: 'actual', scopeId: p.o.scopeId, n: nthOf(plan.actuals, p.o, sameSlot) } };
  const resolve = (ref: QuoteRef | null): Plotted | null => {
    if (ref?.chart !== chartKey) return null;
    const { pick } = ref;
    if (pick.kind === 'target') {
      const r = group.rows.find((x) => x.target.targetId === pick.targetId && x.target.period === ref.period);
      return r ? { kind: 'target', r } : null;
    }
    if (pick.kind !== 'actual') return null;
    const o = plan.actuals.filter((x) => x.period === ref.period && x.scopeId === pick.scopeId)[pick.n - 1];
    return o ? { kind: 'actual', o } : null;
  };
  const quoted = resolve(parseQuote(useUrl().params.get('quote')));
  const pointAt = (series: number, index: number): Plotted | null => {
    if (series < plan.paths.length) return plan.paths[series]?.[index] ?? null;
    const o = plan.actuals[index];
    return o ? { kind: 'actual', o } : null;
  };
  const select = (p: Plotted) => navigate(hrefWith({ quote: formatQuote(refOf(p)) }), { replace: true });
  const card = useRef<HTMLElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useQuoteFocus(quoted && formatQuote(refOf(quoted)), card, region);
  // Says which point the quote belongs to: the scope and period, and for a milestone its bound and benchmark level.
  const whichOf = (p: Plotted) => p.kind === 'target'
    ? whichText(lang, scopeOf(p.r.target.scopeId), periodLabel(p.r.target.period, t))
    : whichText(lang, t('progress.actualSeries', { scope: scopeOf(p.o.scopeId) }), periodLabel(p.o.period, t));
  const source = quoted && (quoted.kind === 'target' ? quoted.r.target : quoted.o);
  const caveat = crosses && baseline ? t('progress.crossScope', {
    value: formatAmount(baseline.valueText, lang, ind.unit), period: periodLabel(baseline.period, t),
    baselineScope: scopeOf(baseline.scopeId), scopes: listText(scopes.map(scopeOf), lang),
  }) : '';
  const headingId = targetPathCardId(ind.indicatorId);
  const description = describeTargets(summarizeTargets(group.rows, baseline), name, ind.unit, labelsFrom(lang, t), scopeOf);
  return (
    <figure className="chart-card wide" aria-labelledby={headingId} ref={card}>
      {/* Focusable from script only: Close puts focus here rather than losing it with the removed quote box. */}
      <h3 id={headingId} ref={heading} tabIndex={-1}>{t('progress.chartTitle', { name })}</h3>
      <p className="subtitle">{t('chart.unitSubtitle', { unit })}</p>
      {caveat && <p className="caveat" role="note">{caveat}</p>}
      {/* A short name and the visible sentence as the description, as on every chart card: the sentence is read once. */}
      <div role="img" aria-label={t('chart.image', { name })} aria-describedby={`${headingId}-description`}>
        <EChart option={option} height={320} onEvents={{ click: ({ seriesIndex, dataIndex }) => {
          const p = pointAt(seriesIndex, dataIndex);
          if (p) select(p);
        } }} />
        <ChartLegend option={option} />
      </div>
      <p className="description" id={`${headingId}-description`}>{description}</p>
      <ChartActions chartKey={chartKey} data={data} theme={theme} />
      {quoted && source && (
        <QuoteBox label={t('chart.quoteOf', { period: whichOf(quoted) })} quote={source.quote} locator={source.locator} region={region} heading={heading}>
          <div>
            {quoted.kind === 'target'
              ? milestoneLine(whichOf(quoted), quoted.r.target, lang, t)
              : <>{capitalized(whichOf(quoted), lang)}{colon(lang)}{formatAmount(quoted.o.valueText, lang, ind.unit)}</>}
          </div>
        </QuoteBox>
      )}
      <TableScroll labelledBy={headingId}>
        <table className="progress">
          <TargetTableHead t={t} />
          <tbody>
            {group.rows.map((r) => (
              <TargetTableRow key={r.target.targetId} r={r} diffUnit={unitOfDifference(ind.unit, lang)} scale={scale} lang={lang} t={t} scopeName={scopeOf} onQuote={() => select({ kind: 'target', r })} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <figcaption>
        <ChartFootnotes data={data} rows={[...group.rows.map((r) => r.target), ...plan.actuals]} notes={notesOf(data, ind.indicatorId)} />
        <PlottedTable
          series={[
            ...plan.paths.map((points, i) => ({ name: t('progress.pathSeries', { scope: scopeOf(scopes[i]) }), points })),
            ...(plan.actuals.length > 0 ? [{ name: '', points: plan.actuals.map((o) => ({ kind: 'actual', o } as const)) }] : []),
          ]}
          unit={unit}
          unitCode={ind.unit}
          describe={(p, series) => (series ? whichText(lang, series, periodLabel((p.kind === 'actual' ? p.o : p.r.target).period, t)) : whichOf(p))}
          onQuote={select}
        />
      </figcaption>
    </figure>
  );
}

/**
 * Targets against actuals for one section: a path chart per indicator with two or more milestones, with its table of
 * gaps, pace and status; then one table for the targets of a single milestone (SingleTargets). Only the first of these
 * renders with the page; the rest waits for the first screen (Deferred).
 */
export function TargetProgress({ data, categories, theme }: { data: Dataset; categories: readonly Category[]; theme: 'light' | 'dark' }) {
  const { t } = useT();
  const groups = targetGroups(data, categories, currentPeriod());
  if (groups.length === 0) return null;
  const charted = groups.filter((g) => g.rows.length >= 2);
  const single = groups.filter((g) => g.rows.length < 2);
  const parts = [
    ...charted.map((g) => <GroupCard key={g.indicator.indicatorId} group={g} data={data} theme={theme} />),
    ...(single.length > 0 ? [<SingleTargets key="single" groups={single} data={data} />] : []),
  ];
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.heading')}</h2>
      <p>{t('progress.intro')}</p>
      {parts[0]}
      <Deferred>{parts.slice(1)}</Deferred>
    </section>
  );
}
