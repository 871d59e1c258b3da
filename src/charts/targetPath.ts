import { axisNumber, colon, withUnit, type Lang } from '../core';
import { PALETTE, PLAN_COLOURS, THEME_COLOURS } from './palette';

/** A point on a target path: a time (fractional year at the period's end), a value and its words. */
export interface PathPoint {
  readonly x: number;
  readonly value: number;
  readonly label: string;
  readonly display: string;
  /** Benchmark named by the source for a milestone ('industry_advanced', …); empty for actuals. */
  readonly level: string;
}

/** Plain input for the target-path chart; built by the feature, testable without a DOM. */
export interface TargetPathInput {
  /** The unit's name, for the value axis. */
  readonly unit: string;
  /** The unit as written after a number, in the tooltip ("" for an English count or rank); `unit` when not given. */
  readonly valueUnit?: string;
  /** Actual figures (possibly of another scope than the targets: the caller says so in words). */
  readonly actuals: { readonly name: string; readonly points: readonly PathPoint[] };
  /** One planned path per scope, in time order. */
  readonly paths: ReadonlyArray<{ readonly name: string; readonly points: readonly PathPoint[] }>;
  readonly levelNames: Readonly<Record<string, string>>;
  /** Axis label for a year boundary, e.g. (2022) => "end 2021". */
  readonly yearEndLabel: (year: number) => string;
  readonly theme: 'light' | 'dark';
  /** The reader's language, for the tooltip's punctuation (2021 年：…); English when not given. */
  readonly lang?: Lang;
}

// One marker shape per benchmark level, so the level reads without colour.
const SYMBOL: Readonly<Record<string, string>> = { industry_advanced: 'diamond', industry_average: 'triangle', plan: 'circle' };

/**
 * Planned paths from the baseline to each milestone, one dashed line per scope (a plan, not a measurement), with the
 * actual figures as solid markers. The x axis is real time, so a half-year sits halfway between year ends; the y axis
 * does not start at zero because these are intensities near their physical floor, and it says its unit.
 */
export function targetPathOption(input: TargetPathInput) {
  const c = THEME_COLOURS[input.theme];
  const all = [...input.actuals.points, ...input.paths.flatMap((p) => p.points)];
  const xs = all.map((p) => p.x);
  const tooltipOf = (p: PathPoint, series: string) =>
    `${series}\n${p.label}${colon(input.lang ?? 'en')}${withUnit(p.display, input.valueUnit ?? input.unit)}${p.level ? `\n${input.levelNames[p.level] ?? p.level}` : ''}`;
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: "system-ui, 'Noto Sans CJK SC', sans-serif" },
    grid: { left: 8, right: 24, top: 40, bottom: 56, outerBoundsMode: 'same' },
    legend: { bottom: 0, textStyle: { color: c.text } },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: {
      type: 'value',
      min: Math.floor(Math.min(...xs)),
      max: Math.ceil(Math.max(...xs)),
      interval: 1,
      // A label per year end; on a phone they do not all fit, and ECharts then leaves out those that would overlap.
      axisLabel: { color: c.muted, formatter: (v: number) => input.yearEndLabel(v), hideOverlap: true },
      splitLine: { lineStyle: { color: c.grid } },
    },
    yAxis: {
      type: 'value',
      name: input.unit,
      // Intensities sit far from zero; `scale` lets ECharts pick round bounds around the data instead. The margin keeps
      // a milestone at the lowest or highest value off the axis line, where a dashed plan would vanish into it.
      scale: true,
      boundaryGap: ['8%', '8%'],
      nameTextStyle: { color: c.muted, align: 'left' },
      // Grouped as the tables and sentences print numbers (13,066, not 13066).
      axisLabel: { color: c.muted, formatter: axisNumber },
      splitLine: { lineStyle: { color: c.grid } },
    },
    series: [
      ...input.paths.map((path, i) => ({
        type: 'line',
        name: path.name,
        color: PLAN_COLOURS[input.theme][i % PLAN_COLOURS[input.theme].length],
        lineStyle: { type: 'dashed', width: 2 },
        symbolSize: 12,
        data: path.points.map((p) => ({
          value: [p.x, p.value],
          symbol: SYMBOL[p.level] ?? 'circle',
          tooltip: { formatter: tooltipOf(p, path.name) },
        })),
      })),
      // No actual figure at all: no series, so the legend shows no empty "Actual ()" entry.
      ...(input.actuals.points.length === 0 ? [] : [{
        // A line series without a line: the actuals are points in time, not a path.
        type: 'line',
        lineStyle: { width: 0 },
        name: input.actuals.name,
        color: PALETTE.baseline,
        symbol: 'rect',
        symbolSize: 12,
        data: input.actuals.points.map((p) => ({ value: [p.x, p.value], tooltip: { formatter: tooltipOf(p, input.actuals.name) } })),
        // Above the point, on the page's own background: the plans start at the baseline and run right from it, so a
        // label to its right lay on their lines (and, on a phone, on the first milestone).
        label: {
          show: true, position: 'top', align: 'left', color: c.text, backgroundColor: c.background, padding: [1, 3], borderRadius: 2,
          formatter: (p: { dataIndex: number }) => input.actuals.points[p.dataIndex].display,
        },
      }]),
    ],
  };
}
