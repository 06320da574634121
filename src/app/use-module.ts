import { useEffect, useState } from 'react';

/**
 * Loads a code-split module once `wanted` is true and returns it when ready (null before). Unlike
 * React.lazy it never suspends, so a screen that was fetched ahead of time appears at once instead of
 * after React's fallback throttle.
 */
export function useModule<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void load().then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
  }, [load, wanted, module]);
  return module;
}
