/** One legend entry read from an ECharts option: the series' name, colour and how it is drawn. */
export interface LegendItem {
  readonly name: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly line: boolean;
}

interface SeriesLike {
  readonly name?: string;
  readonly color?: string;
  readonly type?: string;
  readonly lineStyle?: { readonly type?: string; readonly width?: number };
}

/** The legend of an option with a `legend`, in series order; empty when the option asks for none. */
export function legendItems(option: { legend?: unknown; series?: readonly SeriesLike[] }): LegendItem[] {
  if (!option.legend || !option.series) return [];
  return option.series.filter((s) => s.name).map((s) => ({
    name: s.name!,
    color: s.color ?? 'currentColor',
    dashed: s.lineStyle?.type === 'dashed',
    line: s.type === 'line' && s.lineStyle?.width !== 0,
  }));
}

/**
 * The option without its ECharts legend and without the room at the bottom the option keeps for it: where the legend
 * is HTML under the chart (slides, the embed page), that room goes to the plot. The same object when there is none.
 */
export function withoutLegend<T extends object>(option: T): T {
  if (!('legend' in option)) return option;
  const rest: { legend?: unknown; grid?: object } = { ...option };
  delete rest.legend;
  return { ...rest, grid: { ...rest.grid, bottom: 8 } } as T;
}

/**
 * The legend as HTML under an on-screen chart. ECharts' own legend component costs every chart section about 4 KB of
 * its 320 KB budget; text in the page is also easier to read, zoom and translate. Exports still draw ECharts' legend.
 */
export function ChartLegend({ option }: { option: { legend?: unknown; series?: readonly SeriesLike[] } }) {
  const items = legendItems(option);
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.name}>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            {i.line
              ? <line x1="1" y1="6" x2="27" y2="6" stroke={i.color} strokeWidth="2.5" strokeDasharray={i.dashed ? '5 3' : undefined} />
              : <rect x="9" y="1" width="10" height="10" fill={i.color} />}
          </svg>
          {i.name}
        </li>
      ))}
    </ul>
  );
}
