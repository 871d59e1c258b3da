import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';
import { once } from '../core/once';

/** A lazily loaded component that can be loaded ahead of its first render. */
export type Preloadable<P extends object> = FunctionComponent<P> & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but once `preload()` has finished the component renders at once instead of suspending. React.lazy
 * suspends on first render even when the chunk is already in memory, and React then holds the revealed content back
 * for up to 300 ms after the fallback showed (its Suspense throttle): on a link straight into a section that delay sat
 * between the data arriving and the first chart. An instance keeps the path it mounted with, so it never remounts.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  const preload = once(load);
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Component(props: P) {
    const [ready] = useState(preload.value);
    return ready ? createElement(ready, props) : createElement(Lazy as unknown as ComponentType<P>, props);
  }
  return Object.assign(Component, { preload });
}
