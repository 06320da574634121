import type { Framework } from '../../engine/format/framework';
import type { Scenario } from '../../engine/format/scenario';
import type { Catalog } from './catalog.types';

/** Where the app gets scenarios: the library cards at once, a scenario's content when it is played. */
export interface ScenarioSource {
  catalog: Catalog;
  /** Bumped when the scenarios change during development, so what is open reloads. */
  revision: number;
  loadScenario: (file: string) => Promise<Scenario>;
  loadFramework: () => Promise<Framework>;
}

/**
 * The bundled scenarios: each file is its own chunk, fetched only when played. They were validated
 * when the catalog was built, so they are used as they are.
 */
export function bundledSource(catalog: Catalog, revision = 0): ScenarioSource {
  const files = import.meta.glob<Scenario>(
    ['../../../scenarios/*.json', '!../../../scenarios/framework.json'],
    { import: 'default' },
  );
  return {
    catalog,
    revision,
    loadScenario: async (file) => {
      const load = files[`../../../scenarios/${file}`];
      if (!catalog.items.some((i) => i.file === file))
        throw new Error(`No valid scenario named ${file}`);
      // After a file was saved during development, fetch it afresh rather than the cached module.
      if (revision > 0 && import.meta.hot)
        return (await (await fetch(`/scenarios/${file}?revision=${revision}`)).json()) as Scenario;
      if (!load) throw new Error(`No scenario named ${file}`);
      return load();
    },
    loadFramework: async () =>
      (await import('../../../scenarios/framework.json')).default as Framework,
  };
}
