import { Suspense, useContext } from 'react';
import { useT } from './translate';
import type { Dataset } from '../core';
import { ChartPanelSlot } from './chartPanelSlot';
import { Disclosure } from './Disclosure';

/** Which chart, and how the card draws it. */
export interface ChartActionsProps {
  /** The card's chart: its Series key, or `targetPathKey(indicatorId)` for a target path (src/charts/catalogIndex). */
  readonly chartKey: string;
  readonly data: Dataset;
  readonly theme: 'light' | 'dark';
  readonly decal?: boolean;
}

/**
 * "Download and share" under a chart card: PNG at slide size and at 3x the screen size (optionally transparent), SVG,
 * copy as PNG, the plotted data as CSV and an embed code. Every image carries the chart's title, unit, sources and
 * notes in the current language; file names come from the chart's catalog id.
 */
export function ChartActions(props: ChartActionsProps) {
  const { t } = useT();
  // The buttons, their text and the export code (ECharts title/graphic, the catalog, the CSV writer) load on the first
  // opening: a section with twenty charts pays for one <details> per card until someone wants a file. The app supplies
  // the lazy panel (see chartPanelSlot.ts for why it is not imported here).
  const renderPanel = useContext(ChartPanelSlot);
  return (
    <Disclosure className="chart-actions" summary={t('chart.actions')}>
      {() => renderPanel && <Suspense fallback={null}>{renderPanel(props)}</Suspense>}
    </Disclosure>
  );
}
