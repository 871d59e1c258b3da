/** A download (or any async load) that runs at most once at a time and remembers its result. */
export interface Once<T> {
  /** Starts the load, or joins the one under way, or returns the loaded value. */
  (): Promise<T>;
  /** The value once loaded (synchronously, e.g. for a first render), otherwise undefined. */
  readonly value: () => T | undefined;
}

/**
 * Wraps `load` so every caller shares one promise. A failure is forgotten, so the next call tries again: a chunk or
 * catalog that failed on a flaky connection must not stay broken until the page is reloaded.
 */
export function once<T>(load: () => Promise<T>): Once<T> {
  let pending: Promise<T> | null = null;
  let loaded: { value: T } | null = null;
  const run = () => (pending ??= load().then((value) => {
    loaded = { value };
    return value;
  }, (e: unknown) => {
    pending = null;
    throw e;
  }));
  return Object.assign(run, { value: () => loaded?.value });
}
