import type { Framework } from '../../engine/format/framework';
import type { Scenario } from '../../engine/format/scenario';
import { indexFramework } from '../../engine/framework-index';
import { validateScenarioText } from '../../engine/validate/validate';
import type { Catalog, CatalogItem } from './catalog.types';

/** The library card of a scenario. */
export function catalogItem(file: string, s: Scenario): CatalogItem {
  const item: CatalogItem = {
    file,
    id: s.id,
    version: s.version,
    title: s.title,
    summary: s.summary,
    competencies: s.competencies,
    postLevels: s.postLevels,
    difficulty: s.difficulty,
    estimatedMinutes: s.estimatedMinutes,
    languages: s.languages,
    channels: [...new Set(s.scenes.map((scene) => scene.channel))],
    scenes: s.scenes.length,
  };
  if (s.clockStart) item.clockStart = s.clockStart;
  return item;
}

/**
 * Builds the library from scenario files (name → text): valid ones become cards, broken ones are
 * listed with their first errors. Runs at build time, so the trainee's download holds no validator.
 */
export function buildCatalog(framework: Framework, files: Record<string, string>): Catalog {
  const index = indexFramework(framework);
  const catalog: Catalog = {
    items: [],
    broken: [],
    competencies: framework.competencies.map((c) => ({ id: c.id, name: c.name })),
  };
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = validateScenarioText(text, index);
    if (result.value) catalog.items.push(catalogItem(file, result.value));
    else
      catalog.broken.push({
        file,
        errors: result.diagnostics
          .filter((d) => d.severity === 'error')
          .slice(0, 3)
          .map(({ line, column, message }) => ({ line, column, message })),
      });
  }
  return catalog;
}
