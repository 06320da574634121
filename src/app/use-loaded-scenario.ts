import { useEffect, useState } from 'react';
import type { Scenario } from '../engine/format/scenario';
import { indexFramework, type FrameworkIndex } from '../engine/framework-index';
import type { ScenarioSource } from './catalog/scenario-source';

export type Loaded =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; scenario: Scenario; framework: FrameworkIndex };

/** Loads a scenario and the framework when a file is chosen; the library itself needs neither. */
export function useLoadedScenario(source: ScenarioSource, file: string | null): Loaded {
  const [loaded, setLoaded] = useState<Loaded & { file?: string | null }>({ status: 'loading' });
  useEffect(() => {
    if (!file) return;
    let live = true;
    Promise.all([source.loadScenario(file), source.loadFramework()])
      .then(
        ([scenario, framework]) =>
          live &&
          setLoaded({ status: 'ready', scenario, framework: indexFramework(framework), file }),
      )
      .catch(() => live && setLoaded({ status: 'error', file }));
    return () => {
      live = false;
    };
  }, [source, file]);
  return loaded.file === file ? loaded : { status: 'loading' };
}
