import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import type { Framework } from '../../engine/format/framework';
import { buildCatalog } from './build-catalog';

const ID = 'virtual:scenario-catalog';
const RESOLVED = '\0' + ID;

/** The event sent to the app when a file in scenarios/ is saved during `npm run dev`. */
export const SCENARIOS_CHANGED = 'tynda:scenarios-changed';

/**
 * Serves `virtual:scenario-catalog`: the library cards of scenarios/ validated at build time. While
 * `npm run dev` runs, saving a file in scenarios/ rebuilds the catalog and reloads what depends on it.
 */
export function scenarioCatalog(dir: string): Plugin {
  const read = () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).filter(
      (f) => f.endsWith('.json') && f !== 'framework.json',
    )) {
      files[name] = readFileSync(join(dir, name), 'utf8');
    }
    const framework = JSON.parse(readFileSync(join(dir, 'framework.json'), 'utf8')) as Framework;
    return buildCatalog(framework, files);
  };
  return {
    name: 'tynda-scenario-catalog',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const name of readdirSync(dir)) this.addWatchFile(join(dir, name));
      return `export default ${JSON.stringify(read())};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir) || !file.endsWith('.json')) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      // The app swaps in the new catalog and reloads the open scenario itself: no full page reload.
      server.ws.send({
        type: 'custom',
        event: SCENARIOS_CHANGED,
        data: { file: basename(file), catalog: read() },
      });
      return [];
    },
  };
}
