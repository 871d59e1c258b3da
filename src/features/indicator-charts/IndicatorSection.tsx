
import { useT } from '../../shared/translate';
import type { Category, Dataset } from '../../core';
import { ChartCard } from './ChartCard';
import { buildSeries, type Series } from '../../charts/series';
import { Deferred } from '../../shared/Deferred';

/** Cards rendered with the first paint; the rest follow in a transition (see Deferred). A first screen's worth. */
const FIRST_CARDS = 2;

/**
 * The charts of one dashboard section: one card per indicator series with two or more periods. Series with a single
 * period are not charted (a one-bar chart says nothing); the section's full table lists them with everything else.
 * Indicators named in `also` belong to another section's categories: their cards come last and link to the section
 * (`homeOf` their category) whose table lists them.
 */
export function IndicatorSection({ data, categories, also, homeOf, theme, decal }: {
  data: Dataset; categories: readonly Category[]; also?: readonly string[]; homeOf?: (c: Category) => string;
  theme: 'light' | 'dark'; decal: boolean;
}) {
  const { t } = useT();
  const series = buildSeries(data, categories, also).filter((s) => s.points.length >= 2);
  if (series.length === 0) return null;
  const card = (s: Series) => (
    <ChartCard key={s.key} series={s} data={data} theme={theme} decal={decal}
      home={categories.includes(s.indicator.category) ? undefined : homeOf?.(s.indicator.category)} />
  );
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t('chart.heading')}</h2>
      <div className="chart-grid">
        {series.slice(0, FIRST_CARDS).map(card)}
        <Deferred>{series.slice(FIRST_CARDS).map(card)}</Deferred>
      </div>
    </section>
  );
}
