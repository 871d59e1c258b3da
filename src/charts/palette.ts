/**
 * Colours from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. Better/worse use
 * blue/vermillion (never red/green), and each also gets its own decal pattern when patterns are switched on.
 */
export const PALETTE = {
  better: '#0072B2',
  worse: '#D55E00',
  neutral: '#7a7a7a',
  target: '#009E73',
  average: '#E69F00',
  baseline: '#CC79A7',
  series: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'],
} as const;

/**
 * Plan lines of a target-path chart, one per scope, per theme. Every one keeps at least 3:1 against the chart's
 * background (WCAG 1.4.11: a dashed line is the only mark of a plan), and none is the Actual points' colour
 * (`PALETTE.baseline`). Light mode darkens Okabe–Ito's orange and bluish green (2.2:1 and 3.4:1 on white) and takes
 * blue third; dark mode keeps them as they are, with sky blue third.
 */
export const PLAN_COLOURS = {
  light: ['#9A6A00', '#007A5A', '#0072B2'],
  dark: ['#E69F00', '#009E73', '#56B4E9'],
} as const;

/** Text and grid colours per theme, so axes stay readable in dark mode. */
export const THEME_COLOURS = {
  light: { text: '#1a1a1a', muted: '#555555', grid: '#d0d7de', background: '#ffffff' },
  dark: { text: '#e8e8e8', muted: '#b0b0b0', grid: '#3a3f47', background: '#0f1115' },
} as const;

/** Decal patterns: one shape per meaning, for readers who cannot rely on colour. */
export const DECALS = {
  better: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
  worse: { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] },
  neutral: { symbol: 'none' },
} as const;
