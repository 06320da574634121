// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardScreen } from '../../src/dashboard/dashboard-screen';
import { clearResults } from '../../src/dashboard/results-store';
import { initI18n } from '../../src/app/i18n';
import { playScenario, type Move } from '../../src/engine/run/headless';
import { buildResultsRecord } from '../../src/engine/results/results-record';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';
import { captureDownloads, stubLayout } from '../fixtures/dom';

stubLayout();

function resultsFile(name: string, moves: Move[], level: 'D' | 'C' | 'B', language: 'en' | 'ru' | 'kk'): File {
  const scenario = fakeScenario();
  const run = playScenario(scenario, moves);
  const record = buildResultsRecord({ scenario, framework: framework(), context: run.context, pseudonym: name, level, mode: 'practice', language, startedAt: '2026-11-26T09:00:00.000Z', endedAt: '2026-11-26T09:10:00.000Z' });
  return new File([JSON.stringify(record)], `${name}.json`, { type: 'application/json' });
}

const good = [{ respond: 'empathise' }, { respond: 'inform' }];
const poor = [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['doing', 'calm'] }];

describe('the trainer’s dashboard', () => {
  beforeEach(async () => {
    initI18n('en');
    await clearResults();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('imports good files, rejects a broken and a tampered one with reasons, and aggregates the group', async () => {
    const user = userEvent.setup();
    render(<DashboardScreen loadScenario={async () => fakeScenario()} onBack={() => undefined} />);
    const tampered = JSON.parse(await resultsFile('Owl', good, 'C', 'en').text());
    tampered.profile[0].rating = 5;
    const files = [
      resultsFile('Heron', good, 'C', 'en'),
      resultsFile('Айгүл', poor, 'B', 'kk'),
      new File(['{ not json'], 'broken.json'),
      new File([JSON.stringify(tampered)], 'owl.json'),
    ];
    await user.upload(screen.getByLabelText('Import results files', { selector: 'input' }), files);
    expect((await screen.findByRole('status', {}, { timeout: 4000 })).textContent).toBe('2 files imported.');
    const rejected = screen.getByRole('alert');
    expect(rejected.textContent).toContain('"broken.json" cannot be imported');
    expect(rejected.textContent).toContain('changed after it was exported');
    expect(screen.getByText('2 runs kept in this browser.')).toBeTruthy();

    const choices = await screen.findByRole('region', { name: 'Choices at each scene' }, { timeout: 4000 });
    const table = within(choices).getAllByRole('table')[0] ?? within(choices).getByRole('table');
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['SceneReachedResponseChosen', 'call2argue1', 'empathise1', 'post2inform2', 'statement1statement1']);
    const endings = screen.getByRole('region', { name: 'Endings reached' });
    expect(within(endings).getByRole('row', { name: /resolved/ }).textContent).toBe('resolved (resolved)1');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Post level' }), 'B');
    expect(screen.getByText('1 run')).toBeTruthy();
  });

  it('keeps the imported results across visits until cleared, and exports the group report as CSV', async () => {
    const user = userEvent.setup();
    const view = render(<DashboardScreen loadScenario={async () => fakeScenario()} onBack={() => undefined} />);
    await user.upload(screen.getByLabelText('Import results files', { selector: 'input' }), [resultsFile('Heron', good, 'C', 'en')]);
    await screen.findByText('1 run kept in this browser.', {}, { timeout: 4000 });
    view.unmount();
    render(<DashboardScreen loadScenario={async () => fakeScenario()} onBack={() => undefined} />);
    await screen.findByText('1 run kept in this browser.', {}, { timeout: 4000 });

    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download the group report (CSV)' }));
    expect(downloads.map((d) => d.name)).toEqual(['fake-group.csv']);
    expect(await downloads[0]!.blob.text()).toContain('choice');

    fireEvent.click(screen.getByRole('button', { name: 'Clear all results' }));
    expect(await screen.findByText('0 runs kept in this browser.')).toBeTruthy();
  });
});
