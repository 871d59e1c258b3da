import { axisNumber, colon, withUnit, type Direction, type Lang } from '../core';
import { DECALS, PALETTE, THEME_COLOURS } from './palette';

/** One plotted value. `label` is the period in words, `display` the value formatted for the reader; null = no data. */
export interface TrendPoint {
  readonly period: string;
  readonly label: string;
  readonly value: number | null;
  readonly display: string;
}

/** How a change reads given the indicator's direction. */
export type Judgement = 'better' | 'worse' | 'unchanged' | 'neutral';

/** Everything the trend chart needs; plain data so the option can be built in tests, in Node, anywhere. */
export interface TrendInput {
  readonly name: string;
  /** The unit's name, for the value axis. */
  readonly unit: string;
  /** The unit as written after a number, in the tooltip ("" for an English count or rank); `unit` when not given. */
  readonly valueUnit?: string;
  readonly direction: Direction;
  readonly points: readonly TrendPoint[];
  readonly theme: 'light' | 'dark';
  readonly decal: boolean;
  /** Words for the tooltip's change line, in the current language. */
  readonly words: Readonly<Record<Judgement, string>>;
  /** The reader's language, for the tooltip's punctuation (2020 年：…); English when not given. */
  readonly lang?: Lang;
}

/** Judges the change between two consecutive values by the indicator's direction. */
export function judge(direction: Direction, prev: number, curr: number): Judgement {
  if (direction === 'neutral') return 'neutral';
  if (curr === prev) return 'unchanged';
  const up = curr > prev;
  return (direction === 'higher_better') === up ? 'better' : 'worse';
}

const colourOf = (j: Judgement): string => (j === 'better' ? PALETTE.better : j === 'worse' ? PALETTE.worse : PALETTE.neutral);

/**
 * Which category labels a trend chart shows, by index: all of up to eight; of more (2001-2020 is twenty), the first,
 * the last and every `step`-th counted back from the last, so the latest period is always named and a phone's width
 * holds them (about four: "2001 年" is 47 px wide, a phone's chart 296 px). Fixed rather than ECharts' automatic
 * choice, which dropped the latest year and measured every label to choose.
 */
export function labelledCategories(n: number): (index: number) => boolean {
  if (n <= 8) return () => true;
  const step = Math.ceil(n / 4);
  return (i) => i === 0 || i === n - 1 || ((n - 1 - i) % step === 0 && i >= step);
}

/**
 * A bar chart of an indicator over time. Bars start at zero (ECharts' value axis includes 0 for bars unless told
 * otherwise, and we never tell it otherwise); each bar after the first is coloured by whether it is better or worse
 * than the one before, so a worsening trend looks worse. The tooltip uses ECharts' rich-text mode, which never
 * renders HTML, so names from data cannot run as markup.
 */
export function trendOption(input: TrendInput) {
  const c = THEME_COLOURS[input.theme];
  const shown = labelledCategories(input.points.length);
  // Each value is judged against the previous value that exists; a missing year is skipped, not treated as zero.
  let previous: number | null = null;
  const judgements: Judgement[] = input.points.map((p) => {
    const j: Judgement = p.value === null || previous === null ? 'neutral' : judge(input.direction, previous, p.value);
    if (p.value !== null) previous = p.value;
    return j;
  });
  return {
    animation: false,
    backgroundColor: 'transparent',
    aria: { enabled: false },
    textStyle: { color: c.text, fontFamily: "system-ui, 'Noto Sans CJK SC', sans-serif" },
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: 'same' },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p: { dataIndex: number }) => {
        const pt = input.points[p.dataIndex];
        const j = judgements[p.dataIndex];
        const change = j !== 'neutral' ? `\n${input.words[j]}` : '';
        const head = `${pt.label}${colon(input.lang ?? 'en')}`;
        return pt.value === null ? `${head}${pt.display}` : `${head}${withUnit(pt.display, input.valueUnit ?? input.unit)}${change}`;
      },
    },
    xAxis: {
      type: 'category',
      data: input.points.map((p) => p.label),
      axisLabel: { color: c.muted, interval: (index: number) => shown(index) },
      axisTick: { alignWithLabel: true, interval: (index: number) => shown(index) },
      axisLine: { lineStyle: { color: c.grid } },
    },
    yAxis: {
      type: 'value',
      name: input.unit,
      nameTextStyle: { color: c.muted, align: 'left' },
      axisLabel: { color: c.muted, formatter: axisNumber },
      splitLine: { lineStyle: { color: c.grid } },
      scale: false,
      // Counts (cases, accidents) never get ticks at 0.2: whole numbers only, when every value is whole.
      ...(input.points.every((p) => p.value === null || Number.isInteger(p.value)) ? { minInterval: 1 } : {}),
    },
    series: [{
      type: 'bar',
      name: input.name,
      barMaxWidth: 48,
      // A value of 0 is a figure, not a gap: a 2 px bar tells it from a year without data, which has no bar.
      barMinHeight: 2,
      data: input.points.map((p, i) => ({
        value: p.value,
        itemStyle: { color: colourOf(judgements[i]), ...(input.decal ? { decal: DECALS[judgements[i] === 'worse' ? 'worse' : judgements[i] === 'better' ? 'better' : 'neutral'] } : {}) },
      })),
      label: { show: input.points.length <= 8, position: 'top', color: c.text, formatter: (p: { dataIndex: number }) => input.points[p.dataIndex].display },
    }],
  };
}
