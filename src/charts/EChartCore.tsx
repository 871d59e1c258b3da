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
/** The three ECharts functions echarts-for-react calls (its `echarts` prop). */
export interface EChartsApi {
  readonly init: typeof init;
  readonly dispose: typeof dispose;
  readonly getInstanceByDom: typeof getInstanceByDom;
}

/**
 * Wraps the three functions echarts-for-react calls: counts live instances, and skips the library's throw-away first
 * instance. echarts-for-react 3 creates every chart twice: first an instance without a size, only to wait for its
 * 'finished' event (one animation frame, plus its own set-up and disposal) and then read the element's size; then
 * the real one, with that size. Our charts' containers have their size when they mount (full width, fixed height),
 * so the first init gets a stand-in that reports 'finished' at once: the chart is created once and draws in the task
 * that mounts it instead of a frame later. A first init that does pass a size is real, as before.
 */
export function countedECharts(api: EChartsApi, live: Set<Instance>): EChartsApi {
  const standIns = new WeakMap<HTMLElement, Instance>();
  const standIn = { on: (event: string, handler: () => void) => { if (event === 'finished') handler(); } } as unknown as Instance;
  return {
    getInstanceByDom: (dom) => standIns.get(dom) ?? api.getInstanceByDom(dom),
    init: (dom, theme, opts) => {
      if (dom instanceof HTMLElement && opts?.width === undefined && !api.getInstanceByDom(dom)) {
        standIns.set(dom, standIn);
        return standIn;
      }
      const instance = api.init(dom, theme, opts);
      live.add(instance);
      return instance;
    },
    dispose: (target) => {
      if (target instanceof HTMLElement && standIns.delete(target)) return;
      const instance = target instanceof HTMLElement ? api.getInstanceByDom(target) : target;
      if (instance) live.delete(instance as Instance);
      api.dispose(target);
    },
  };
}

const live = new Set<Instance>();
/**
 * The functions echarts-for-react calls, with init/dispose counted. The count of live instances is exposed as
 * `window.__esgLiveCharts()` so a browser test can prove that switching sections does not pile up instances. Only
 * these three, not the whole `echarts/core` namespace: spreading the namespace kept every export of it (map and geo
 * helpers among them), about 5 KB gzip in every chart section.
 */
const tracked = countedECharts({ init, dispose, getInstanceByDom }, live);
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
