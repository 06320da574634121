import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
export function fakeSource(
  files: Record<string, Scenario | string> = { 'fake.json': fakeScenario() },
): ScenarioSource {
  const texts = Object.fromEntries(
    Object.entries(files).map(([file, s]) => [file, typeof s === 'string' ? s : scenarioText(s)]),
  );
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
  useProgress.setState({
    language: null,
    level: 'D',
    mode: 'practice',
    attempts: [],
    current: null,
  });
  storageStatus.setState({ unreadable: [], writeError: null });
  initI18n(language);
}

export function renderApp(source: ScenarioSource = fakeSource()) {
  return render(<App source={source} />);
}

/** Plays the fake scenario in assessment mode to its report: an ineffective answer, then a composed statement. */
export async function playToReport(user: ReturnType<typeof userEvent.setup>) {
  await user.click(
    within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', {
      name: 'Open the briefing',
    }),
  );
  await user.click(screen.getByRole('radio', { name: /^Assessment/ }));
  const start = await screen.findByRole('button', { name: 'Start' });
  await userEvent.setup().click(start);
  await user.click(await screen.findByRole('button', { name: /It is not our fault/ }));
  await user.click(await screen.findByRole('button', { name: /Post what we know/ }));
  await user.click(await screen.findByRole('button', { name: 'Add: We are sorry' }));
  await user.click(screen.getByRole('button', { name: 'Add: Crews are at work' }));
  await user.click(screen.getByRole('button', { name: 'Issue the statement' }));
  await screen.findByRole('heading', { name: 'Your report: Fake' });
}
