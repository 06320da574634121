import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { indexFramework, type FrameworkIndex } from '../engine/framework-index';
import { validateFrameworkText, type Validation } from '../engine/validate/validate';
import type { Framework } from '../engine/format/framework';

/** Where the bundled scenarios and the framework live, relative to the working directory. */
export const SCENARIOS_DIR = 'scenarios';
export const FRAMEWORK_FILE = join(SCENARIOS_DIR, 'framework.json');

/** Lists the .json files of the given files and folders (folders are searched one level deep), or null for a missing path. */
export function listJsonFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (name.endsWith('.json')) files.push(join(path, name));
    } else files.push(path);
  }
  return { files, missing };
}

/** Reads a file as text; a read failure becomes null. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Loads and validates the competency framework. */
export function loadFramework(path = FRAMEWORK_FILE): { validation: Validation<Framework>; index?: FrameworkIndex } {
  const text = readText(path);
  if (text === null) {
    return { validation: { ok: false, diagnostics: [{ severity: 'error', code: 'unreadable', message: 'The competency framework could not be read', pointer: '', line: 1, column: 1, hint: `Check that ${path} exists.` }] } };
  }
  const validation = validateFrameworkText(text);
  return validation.value ? { validation, index: indexFramework(validation.value) } : { validation };
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}
