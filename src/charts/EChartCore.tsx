import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { dispose, getInstanceByDom, init, use as registerParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ComponentProps } from 'react';
import type { ChartEvents } from './EChart';

// Only the parts the dashboard draws (each extra component costs bytes in every chart section's budget; legends are
// HTML, see ChartLegend.tsx); the SVG renderer keeps text crisp and exports as vector.
registerParts([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

type Instance = ReturnType<typeof init>;
const live = new Set<Instance>();

/**
 * The three ECharts functions echarts-for-react calls, with init/dispose counted. The count of live instances is
 * exposed as `window.__esgLiveCharts()` so a browser test can prove that switching sections does not pile up
 * instances. Only these three, not the whole `echarts/core` namespace: spreading the namespace kept every export of it
 * (map and geo helpers among them), about 5 KB gzip in every chart section.
 */
const tracked = {
  getInstanceByDom,
  init: (...args: Parameters<typeof init>): Instance => {
    const instance = init(...args);
    live.add(instance);
    return instance;
  },
  dispose: (target: Parameters<typeof dispose>[0]): void => {
    const instance = target instanceof HTMLElement ? getInstanceByDom(target) : target;
    if (instance) live.delete(instance as Instance);
    dispose(target);
  },
};
if (typeof window !== 'undefined') (window as unknown as { __esgLiveCharts: () => number }).__esgLiveCharts = () => live.size;

/**
 * The ECharts half of `EChart`, in its own chunk: echarts-for-react creates the instance, resizes it with its container
 * and disposes it on unmount. `onReady` runs once the chart has drawn.
 */
export function EChartCore({ option, height, onEvents, onReady }: {
  option: object; height: number; onEvents?: ChartEvents; onReady?: () => void;
}) {
  return (
    <ReactEChartsCore
      echarts={tracked as unknown as ComponentProps<typeof ReactEChartsCore>['echarts']}
      option={option}
      notMerge
      opts={{ renderer: 'svg' }}
      style={{ height, width: '100%' }}
      onEvents={onEvents}
      onChartReady={onReady}
    />
  );
}
