import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import { once } from '../core';
import { afterFirstContentfulPaint, firstScreenChart } from './afterPaint';
import { takeTurn } from './turns';

type Core = ComponentType<{ option: object; height: number; onEvents?: ChartEvents; onReady?: () => void }>;
/**
 * Downloads ECharts (its own chunk, about 180 KB gzip), once. The page's text, tables and the charts' reserved space
 * paint first; the first chart near the viewport then asks for ECharts, and the charts draw once it is there, one per
 * frame (takeTurn).
 */
const loadCharts = once((): Promise<Core> => import('./EChartCore').then((m) => m.EChartCore));

/**
 * True once the element comes within a screen of the viewport. A section can hold dozens of charts; drawing only those
 * the reader can reach keeps the main thread free while the page loads. The placeholder keeps the chart's height, so
 * nothing shifts when it draws. Without IntersectionObserver (old browsers, tests) everything draws at once.
 */
function useNearViewport(): [RefObject<HTMLDivElement | null>, boolean, (() => void) | null] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  const [drawn, setDrawn] = useState<(() => void) | null>(null);
  // A chart already on the first screen draws in the same task as its mount; waiting for the observer's first callback
  // would cost a frame (more on a slow phone) before the most important chart appears. Such a chart is also
  // registered as one the page's deferred work waits for (afterFirstCharts).
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (visible || !box || box.height === 0 || box.top >= window.innerHeight || box.bottom <= 0) return undefined;
    const done = firstScreenChart();
    setVisible(true);
    setDrawn(() => done);
    return done;
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: '100% 0px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible]);
  return [ref, visible, drawn];
}

/** Events the dashboard listens to on a chart (e.g. a click on a value opens its quote). */
export type ChartEvents = Record<string, (params: { dataIndex: number; seriesIndex: number }) => void>;

/**
 * The one chart component: reserves the chart's height, and once the chart is near the viewport and ECharts has
 * loaded, draws it with echarts-for-react (EChartCore.tsx), which resizes it with its container and disposes it on
 * unmount. The drawing is hidden from screen readers; the enclosing <figure> carries the description and the table.
 */
export function EChart({ option, height = 260, onEvents }: { option: object; height?: number; onEvents?: ChartEvents }) {
  const [box, visible, drawn] = useNearViewport();
  // Plain state, not React.lazy + Suspense: React holds a revealed Suspense boundary back for up to 300 ms after its
  // fallback showed, which would delay every first chart by that much.
  const [Chart, setChart] = useState<Core | undefined>();
  // A layout effect: the frame it asks for is the one that paints this commit (a passive effect may run after it).
  useLayoutEffect(() => {
    if (!visible || Chart) return;
    let live = true;
    let endTurn: (() => void) | undefined;
    // Charts draw one per frame (takeTurn), so the first on screen shows before the others are drawn. The turn ends
    // when this effect is cleaned up: in the commit that mounts the chart, which draws in that same task.
    const draw = (c: Core) => { if (live) endTurn = takeTurn(() => setChart(() => c)); };
    const loaded = loadCharts.value();
    // Ask for ECharts once the page's text is on screen, not before: requested earlier, its 180 KB share a slow
    // connection with the data and code the text needs, and the text (the page's largest content) waits.
    const cancel = loaded ? undefined : afterFirstContentfulPaint(() => { loadCharts().then(draw, () => drawn?.()); });
    if (loaded) draw(loaded);
    return () => {
      live = false;
      cancel?.();
      endTurn?.();
    };
  }, [visible, Chart, drawn]);
  return (
    <div aria-hidden="true" className="echart" ref={box} style={{ minHeight: height }}>
      {visible && Chart && <Chart option={option} height={height} onEvents={onEvents} onReady={drawn ?? undefined} />}
    </div>
  );
}
