import { createContext, type ReactNode } from 'react';
import type { ChartActionsProps } from './ChartActions';

/** Props of the lazily loaded panel behind {@link ChartActions}'s "Download and share". */
export type ChartPanelProps = ChartActionsProps;

/**
 * Renders the panel, supplied by the app with a lazy component. Why not `import()` in ChartActions itself: a dynamic
 * import inside a section's chunk makes the bundler move Vite's preload helper out of the entry into a chunk of its
 * own, which every page then loads (half a kilobyte of the shell budget). The app's entry has the helper anyway.
 */
export const ChartPanelSlot = createContext<((props: ChartPanelProps) => ReactNode) | null>(null);
