import { indexFramework, type FrameworkIndex } from '../engine/framework-index';
import type { Framework } from '../engine/format/framework';
import type { Scenario } from '../engine/format/scenario';
import type { Diagnostic } from '../engine/validate/diagnostic';
import { validateScenarioValue } from '../engine/validate/validate';
import frameworkJson from '../../scenarios/framework.json';

/** A bundled scenario file: its scenario when valid, its diagnostics otherwise. */
export interface CatalogEntry {
  file: string;
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

export interface Catalog {
  framework: FrameworkIndex;
  entries: CatalogEntry[];
}

/** Validates raw scenario files against the framework; a broken file is listed with its problems, never dropped. */
export function buildCatalog(framework: Framework, files: Record<string, unknown>): Catalog {
  const index = indexFramework(framework);
  const entries = Object.entries(files)
    .filter(([file]) => !file.endsWith('framework.json'))
    .map(([file, json]): CatalogEntry => {
      const name = file.split('/').pop() ?? file;
      const result = validateScenarioValue(json, index);
      return result.value ? { file: name, scenario: result.value, diagnostics: result.diagnostics } : { file: name, diagnostics: result.diagnostics };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  return { framework: index, entries };
}

/** The scenarios shipped in scenarios/, bundled by Vite. */
export function bundledScenarios(): Catalog {
  const files = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });
  return buildCatalog(frameworkJson as Framework, files);
}
