import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Only the parts the dashboard draws; the SVG renderer keeps text crisp and exports as vector.
echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** Events the dashboard listens to on a chart (e.g. a click on a value opens its quote). */
export type ChartEvents = Record<string, (params: { dataIndex: number; seriesIndex: number }) => void>;

/**
 * The one chart component: echarts-for-react creates the instance, resizes it with its container and disposes it on
 * unmount. The drawing is hidden from screen readers; the enclosing <figure> carries the description and the table.
 */
export function EChart({ option, height = 260, onEvents }: { option: object; height?: number; onEvents?: ChartEvents }) {
  return (
    <div aria-hidden="true" className="echart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%' }}
        onEvents={onEvents}
      />
    </div>
  );
}
