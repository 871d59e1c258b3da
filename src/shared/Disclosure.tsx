import { useState, type ReactNode } from 'react';

/**
 * A <details> whose body is rendered on its first opening, then kept. For the tables of plotted values under each
 * chart: closed by default, and on a phone's first screen rendering them cost as much as the rest of a chart card
 * (about 60 elements for a target path), while most readers never open them. Keyboard and screen-reader users reach
 * the summary as with any <details>; opening it renders the table before it is shown.
 */
export function Disclosure({ summary, children }: {
  summary: ReactNode;
  /** A function, so the body's elements (and its translations) are not even created before the first opening. */
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => { if (e.currentTarget.open) setOpened(true); }}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
