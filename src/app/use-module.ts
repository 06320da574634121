import { useEffect, useState } from 'react';

/**
 * Loads a code-split module once `wanted` is true. Returns the module when ready (null before) and
 * whether the download failed, say on a connection that dropped before the app was cached. Unlike
 * React.lazy it never suspends, so a screen that was fetched ahead of time appears at once instead
 * of after React's fallback throttle.
 */
export function useModule<T>(
  load: () => Promise<T>,
  wanted: boolean,
): [module: T | null, failed: boolean] {
  const [state, setState] = useState<{ module: T | null; failed: boolean }>({
    module: null,
    failed: false,
  });
  useEffect(() => {
    if (!wanted || state.module || state.failed) return;
    let live = true;
    load().then(
      (module) => live && setState({ module, failed: false }),
      () => live && setState({ module: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, state]);
  return [state.module, state.failed];
}
