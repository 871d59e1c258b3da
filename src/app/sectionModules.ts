/**
 * The components of every section that draws charts (the overview's sparklines included), in one module loaded with
 * the first such section opened (App.tsx). Together they are about 10 KB gzip; one chunk instead of a dozen small ones
 * saves a phone the set-up of each request and module, about 100 ms on the way to the first chart at 4x CPU
 * throttling. Data notes, sources, the preview and the presentation keep their own chunks: none of them needs this.
 */
export { IndicatorSection } from '../features/indicator-charts/IndicatorSection';
export { IndicatorTables } from '../features/indicators/IndicatorTables';
export { Overview } from '../features/overview/Overview';
export { RemediationCounts } from '../features/remediation/RemediationCounts';
export { TargetProgress } from '../features/target-progress/TargetProgress';
export { TargetsTable } from '../features/targets/TargetsTable';
