import { mkdtempSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scenarioCatalog, SCENARIOS_CHANGED } from '../../src/app/catalog/catalog-plugin';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';
import { SCENARIOS_DIR } from '../fixtures/framework';

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'tynda-catalog-'));
  copyFileSync(join(SCENARIOS_DIR, 'framework.json'), join(dir, 'framework.json'));
  writeFileSync(join(dir, 'fake.json'), scenarioText(fakeScenario()));
  return dir;
}

type Hook = (ctx: unknown) => unknown;

describe('the scenario catalog plugin', () => {
  it('serves the library cards of valid files and lists broken ones with their errors', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.json'), '{ "formatVersion": 2 }');
    const plugin = scenarioCatalog(dir);
    const code = (await (plugin.load as Hook).call({ addWatchFile: () => undefined }, '\0virtual:scenario-catalog')) as string;
    const catalog = JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
    expect(catalog.items.map((i: { id: string }) => i.id)).toEqual(['fake']);
    expect(catalog.broken[0].file).toBe('broken.json');
    expect(catalog.broken[0].errors[0]).toEqual({ line: 1, column: 1, message: '"id" is required but missing' });
  });

  it('tells the running app when a scenario is saved, instead of reloading the page', () => {
    const dir = folder();
    const plugin = scenarioCatalog(dir);
    const send = vi.fn();
    const invalidateModule = vi.fn();
    const server = { ws: { send }, moduleGraph: { getModuleById: () => ({}), invalidateModule } };
    const changed = fakeScenario({ title: { en: 'Changed', ru: 'Изменён', kk: 'Өзгерді' } });
    writeFileSync(join(dir, 'fake.json'), scenarioText(changed));
    const result = (plugin.handleHotUpdate as Hook)({ file: join(dir, 'fake.json'), server });
    expect(result).toEqual([]);
    expect(invalidateModule).toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith({ type: 'custom', event: SCENARIOS_CHANGED, data: { file: 'fake.json', catalog: expect.objectContaining({ items: [expect.objectContaining({ title: changed.title })] }) } });
    expect(readFileSync(join(dir, 'fake.json'), 'utf8')).toContain('Changed');
  });

  it('leaves other files to Vite', () => {
    const plugin = scenarioCatalog(folder());
    expect((plugin.handleHotUpdate as Hook)({ file: '/elsewhere/app.tsx', server: {} })).toBeUndefined();
  });
});
