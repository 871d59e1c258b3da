
import { useT } from '../../shared/translate';
import type { Category, Dataset } from '../../core';
import { ChartCard } from './ChartCard';
import { buildSeries } from '../../charts/series';
import { Deferred } from '../../shared/Deferred';

/** Cards rendered with the first paint; the rest follow in a transition (see Deferred). A first screen's worth. */
const FIRST_CARDS = 2;

/**
 * The charts of one dashboard section: one card per indicator series with two or more periods. Series with a single
 * period are not charted (a one-bar chart says nothing); the section's full table lists them with everything else.
 */
export function IndicatorSection({ data, categories, theme, decal }: {
  data: Dataset; categories: readonly Category[]; theme: 'light' | 'dark'; decal: boolean;
}) {
  const { t } = useT();
  const series = buildSeries(data, categories).filter((s) => s.points.length >= 2);
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t('chart.heading')}</h2>
      <div className="chart-grid">
        {series.slice(0, FIRST_CARDS).map((s) => <ChartCard key={s.key} series={s} data={data} theme={theme} decal={decal} />)}
        <Deferred>
          {series.slice(FIRST_CARDS).map((s) => <ChartCard key={s.key} series={s} data={data} theme={theme} decal={decal} />)}
        </Deferred>
      </div>
    </section>
  );
}
