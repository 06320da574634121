import { useEffect, useState } from 'react';

type Loader<T> = () => Promise<T>;

/** Modules already downloaded, by loader, so a screen mounted again has its module at once. */
const downloaded = new WeakMap<Loader<unknown>, unknown>();

/**
 * Starts downloading a code-split module ahead of need. A failure is not reported here but by
 * `useModule` when the module is actually needed.
 */
export function prefetch<T>(load: Loader<T>): void {
  if (downloaded.has(load)) return;
  load().then(
    (module) => downloaded.set(load, module),
    () => undefined,
  );
}

/**
 * Loads a code-split module once `wanted` is true. Returns the module when ready (null before) and
 * whether the download failed, say on a connection that dropped before the app was cached. Unlike
 * React.lazy it never suspends, so a screen that was fetched ahead of time appears at once instead
 * of after React's fallback throttle.
 */
export function useModule<T>(
  load: Loader<T>,
  wanted: boolean,
): [module: T | null, failed: boolean] {
  const [state, setState] = useState<{ module: T | null; failed: boolean }>(() => ({
    module: (downloaded.get(load) as T | undefined) ?? null,
    failed: false,
  }));
  useEffect(() => {
    if (!wanted || state.module || state.failed) return;
    let live = true;
    load().then(
      (module) => {
        downloaded.set(load, module);
        if (live) setState({ module, failed: false });
      },
      () => live && setState({ module: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, state]);
  return [state.module, state.failed];
}
