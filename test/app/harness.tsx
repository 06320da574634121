import { render } from '@testing-library/react';
import type { Scenario } from '../../src/engine/format/scenario';
import { App } from '../../src/app/app';
import { buildCatalog } from '../../src/app/catalog/build-catalog';
import type { ScenarioSource } from '../../src/app/catalog/scenario-source';
import { initI18n } from '../../src/app/i18n';
import { useProgress } from '../../src/app/stores/progress-store';
import { storageStatus } from '../../src/app/stores/storage-status';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

/** A scenario source serving the given scenarios (by file name) as the bundled ones would be. */
export function fakeSource(files: Record<string, Scenario | string> = { 'fake.json': fakeScenario() }): ScenarioSource {
  const texts = Object.fromEntries(Object.entries(files).map(([file, s]) => [file, typeof s === 'string' ? s : scenarioText(s)]));
  const catalog = buildCatalog(framework().framework, texts);
  return {
    catalog,
    revision: 0,
    loadScenario: async (file) => {
      const s = files[file];
      if (!s || typeof s === 'string') throw new Error('not found');
      return s;
    },
    loadFramework: async () => framework().framework,
  };
}

/** Starts from a clean slate: no saved progress, no storage problems, English. */
export function resetApp(language = 'en') {
  localStorage.clear();
  useProgress.setState({ language: null, level: 'D', mode: 'practice', attempts: [], current: null });
  storageStatus.setState({ unreadable: [], writeError: null });
  initI18n(language);
}

export function renderApp(source: ScenarioSource = fakeSource()) {
  return render(<App source={source} />);
}
