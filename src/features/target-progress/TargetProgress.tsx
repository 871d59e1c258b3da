import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartLegend } from '../../charts/ChartLegend';
import { EChart } from '../../charts/EChart';
import { targetPathOption, type PathPoint } from '../../charts/targetPath';
import { periodEnd, type Category, type Dataset, type Lang } from '../../core';
import { targetPathKey } from '../../charts/chartKeys';
import { ChartActions } from '../../shared/ChartActions';
import { formatValue, localScale, numberFormat, periodLabel, unitLabel } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { currentPeriod, targetGroups, type TargetGroup } from './model';

const fmt = (n: number, lang: Lang, digits = 3) => numberFormat(lang, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(n);

function GroupCard({ group, data, theme }: { group: TargetGroup; data: Dataset; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ind = group.indicator;
  const name = lang === 'zh' ? ind.nameZh : ind.nameEn;
  const unit = unitLabel(ind.unit, lang);
  // Derived numbers (gaps, paces, plotted points) follow the same exact conversion as the printed ones.
  const scale = localScale(ind.unit, lang);
  const scopeName = (id: string) => {
    const s = data.scopes.find((x) => x.scopeId === id);
    return s ? (lang === 'zh' ? s.nameZh : s.nameEn) : id;
  };
  const baseline = group.rows.find((r) => r.planBaseline)?.planBaseline ?? null;
  const scopes = [...new Set(group.rows.map((r) => r.target.scopeId))];
  const crosses = group.rows.some((r) => r.baselineCrossesScope);
  const option = useMemo(() => {
    const point = (period: string, valueText: string, value: number, level: string): PathPoint => ({
      x: periodEnd(period) ?? 0, value: value * scale, label: periodLabel(period, t), display: formatValue(valueText, lang, ind.unit), level,
    });
    const obs = data.observations.filter((o) => o.indicatorId === ind.indicatorId);
    const actualScopes = [...new Set(obs.map((o) => o.scopeId))];
    return targetPathOption({
      unit,
      theme,
      actuals: {
        name: t('progress.actualSeries', { scope: actualScopes.map(scopeName).join(', ') }),
        points: obs.map((o) => point(o.period, o.valueText, o.value, '')),
      },
      paths: scopes.map((scope) => ({
        name: t('progress.pathSeries', { scope: scopeName(scope) }),
        points: [
          ...(baseline ? [point(baseline.period, baseline.valueText, baseline.value, '')] : []),
          ...group.rows.filter((r) => r.target.scopeId === scope).map((r) => point(r.target.period, r.target.valueText, r.target.value, r.target.level)),
        ],
      })),
      levelNames: { industry_advanced: t('level.industry_advanced'), industry_average: t('level.industry_average'), plan: t('level.plan') },
      yearEndLabel: (v: number) => t('progress.yearEnd', { year: v - 1 }),
    });
  }, [group, data, theme, t, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const caveat = crosses && baseline ? t('progress.crossScope', {
    value: formatValue(baseline.valueText, lang, ind.unit), unit, period: periodLabel(baseline.period, t),
    baselineScope: scopeName(baseline.scopeId), scopes: scopes.map(scopeName).join(lang === 'zh' ? '、' : ', '),
  }) : '';
  const headingId = `progress-${ind.indicatorId}`;
  return (
    <figure className="chart-card wide" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('progress.chartTitle', { name })}</h3>
      <p className="subtitle">{t('chart.unitSubtitle', { unit })}</p>
      {caveat && <p className="caveat" role="note">{caveat}</p>}
      {group.rows.length >= 2 && (
        <>
          <div role="img" aria-label={`${t('progress.chartTitle', { name })}. ${caveat}`}>
            <EChart option={option} height={320} />
            <ChartLegend option={option} />
          </div>
          <ChartActions chartKey={targetPathKey(ind.indicatorId)} data={data} theme={theme} />
        </>
      )}
      <div className="table-scroll" role="group" aria-labelledby={headingId} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('progress.target')}</th>
              <th scope="col" className="num">{t('progress.gap')}</th>
              <th scope="col" className="num">{t('progress.pace')}</th>
              <th scope="col" className="num">{t('progress.closed')}</th>
              <th scope="col">{t('progress.status')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((r) => <Row key={r.target.targetId} r={r} unit={unit} scale={scale} lang={lang} t={t} scopeName={scopeName} />)}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function Row({ r, unit, scale, lang, t, scopeName }: {
  r: TargetGroup['rows'][number]; unit: string; scale: number; lang: Lang; t: TFunction; scopeName: (id: string) => string;
}) {
  const { target: g, assessment: a } = r;
  const pct = (x: number | null) => (x === null ? '–' : `${fmt(x, lang, 1)}%`);
  return (
    <tr>
      <th scope="row">
        {scopeName(g.scopeId)} · {periodLabel(g.period, t)}: {g.comparator} {formatValue(g.valueText, lang, g.unit)} {unit}
        <div className="muted">{t(`level.${g.level}`)}</div>
      </th>
      <td className="num">
        {r.gapFromBaseline ? `${fmt(r.gapFromBaseline.absolute * scale, lang)} ${unit} (${pct(r.gapFromBaseline.percent)})` : '–'}
        {r.planBaseline && (
          <div className="muted">{t('progress.baselineNote', { value: formatValue(r.planBaseline.valueText, lang, r.target.unit), period: periodLabel(r.planBaseline.period, t), scope: scopeName(r.planBaseline.scopeId) })}</div>
        )}
      </td>
      <td className="num">{r.pace ? t('progress.perYear', { value: fmt(r.pace.absolute * scale, lang), unit, pct: pct(r.pace.percent) }) : '–'}</td>
      <td className="num">{a.shareClosed === null ? '–' : `${fmt(a.shareClosed * 100, lang, 0)}%`}</td>
      <td>
        <strong className={`status status-${a.status}`}>{t(`progress.statusText.${a.status}`)}</strong>
        <div className="muted">{t(`progress.statusWhy.${a.status}`)}</div>
      </td>
    </tr>
  );
}

/** Targets against actuals for one section: a path chart per indicator and a table of gaps, pace and status. */
export function TargetProgress({ data, categories, theme }: { data: Dataset; categories: readonly Category[]; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const groups = targetGroups(data, categories, currentPeriod());
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.heading')}</h2>
      <p>{t('progress.intro')}</p>
      {groups.map((g) => <GroupCard key={g.indicator.indicatorId} group={g} data={data} theme={theme} />)}
    </section>
  );
}
