import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

// Only the parts the dashboard draws (each extra component costs bytes in every chart section's budget; legends are
// HTML, see ChartLegend.tsx); the SVG
// renderer keeps text crisp and exports as vector.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

type Instance = ReturnType<typeof echarts.init>;
const live = new Set<Instance>();

/**
 * echarts with init/dispose counted, handed to echarts-for-react. The count of live instances is exposed as
 * `window.__esgLiveCharts()` so a browser test can prove that switching sections does not pile up instances.
 */
const tracked = {
  ...echarts,
  init: (...args: Parameters<typeof echarts.init>): Instance => {
    const instance = echarts.init(...args);
    live.add(instance);
    return instance;
  },
  dispose: (target: Parameters<typeof echarts.dispose>[0]): void => {
    const instance = target instanceof HTMLElement ? echarts.getInstanceByDom(target) : target;
    if (instance) live.delete(instance as Instance);
    echarts.dispose(target);
  },
};
if (typeof window !== 'undefined') (window as unknown as { __esgLiveCharts: () => number }).__esgLiveCharts = () => live.size;

/**
 * True once the element comes within a screen of the viewport. A section can hold dozens of charts; drawing only those
 * the reader can reach keeps the main thread free while the page loads. The placeholder keeps the chart's height, so
 * nothing shifts when it draws. Without IntersectionObserver (old browsers, tests) everything draws at once.
 */
function useNearViewport(): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  // A chart already on the first screen draws in the same task as its mount; waiting for the observer's first callback
  // would cost a frame (more on a slow phone) before the most important chart appears.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!visible && box && box.height > 0 && box.top < window.innerHeight && box.bottom > 0) setVisible(true);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: '100% 0px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible]);
  return [ref, visible];
}

/** Events the dashboard listens to on a chart (e.g. a click on a value opens its quote). */
export type ChartEvents = Record<string, (params: { dataIndex: number; seriesIndex: number }) => void>;

/**
 * The one chart component: echarts-for-react creates the instance, resizes it with its container and disposes it on
 * unmount. The drawing is hidden from screen readers; the enclosing <figure> carries the description and the table.
 */
export function EChart({ option, height = 260, onEvents }: { option: object; height?: number; onEvents?: ChartEvents }) {
  const [box, visible] = useNearViewport();
  return (
    <div aria-hidden="true" className="echart" ref={box} style={{ minHeight: height }}>
      {visible && <ReactEChartsCore
        echarts={tracked}
        option={option}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%' }}
        onEvents={onEvents}
      />}
    </div>
  );
}
