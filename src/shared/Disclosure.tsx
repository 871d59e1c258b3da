import { useState, type ReactNode } from 'react';

/**
 * A <details> whose body is rendered on its first opening, then kept. For what most readers never open under each
 * chart: the table of plotted values (on a phone's first screen it cost as much as the rest of a chart card, about 60
 * elements for a target path) and the download buttons (ChartActions). Keyboard and screen-reader users reach the
 * summary as with any <details>; opening it renders the body before it is shown.
 */
export function Disclosure({ summary, className, children }: {
  summary: ReactNode;
  className?: string;
  /** A function, so the body's elements (and its translations) are not even created before the first opening. */
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => { if (e.currentTarget.open) setOpened(true); }}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
