// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importResults } from '../../src/engine/results/import-results';
import { Localized } from '../../src/app/components/localized';
import { migrateProgress, useProgress } from '../../src/app/stores/progress-store';
import { fakeScenario } from '../fixtures/fake-scenario';
import { fakeSource, playToReport, renderApp, resetApp } from './harness';
import { captureDownloads } from '../fixtures/dom';

describe('the report', () => {
  beforeEach(() => resetApp());
  afterEach(cleanup);

  it('lists the path with story times, verdicts and the better option where a response was ineffective', async () => {
    const user = userEvent.setup();
    renderApp();
    await playToReport(user);
    const path = screen.getByRole('heading', { name: 'Your path' }).parentElement!;
    const rows = within(path).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Phone call', 'Social media', 'Messenger chat']);
    expect(rows[0]!.textContent).toContain('T+00:10 (06:50)');
    expect(rows[0]!.textContent).toContain('It is not our fault — Ineffective');
    expect(within(rows[0]!).getAllByRole('cell')[2]!.textContent).toBe('I hear you');
    // The chart names each competency in the trainee's language, not by its code.
    const chart = screen.getByRole('img', { name: 'Ratings by competency, 1 to 5' });
    expect(chart.textContent).toContain('Empathic listening and de-escalation');
    expect(chart.textContent).not.toMatch(/\bEMP\b/);
  });

  it('quotes, for each piece of evidence, the fragment that produced it or the element the statement lacked', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', { name: 'Open the briefing' }));
    await user.click(screen.getByRole('radio', { name: /^Assessment/ }));
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: /It is not our fault/ }));
    await user.click(await screen.findByRole('button', { name: /Post what we know/ }));
    await user.click(await screen.findByRole('button', { name: 'Add: We are sorry' }));
    await user.click(screen.getByRole('button', { name: 'Add: Everything is under control' }));
    await user.click(screen.getByRole('button', { name: 'Issue the statement' }));
    await screen.findByRole('heading', { name: 'Your report: Fake' });
    const info = screen.getByRole('heading', { name: /Evidence for Timely, accurate/ }).parentElement!;
    const lines = within(info).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(lines.some((line) => line.includes('«Everything is under control»'))).toBe(true);
    expect(lines.some((line) => line.includes('a statement without Action'))).toBe(true);
    expect(lines.some((line) => line.includes('We are sorry Everything'))).toBe(false);
  });

  it('replays from a chosen scene with the state the run had there', async () => {
    const user = userEvent.setup();
    renderApp();
    await playToReport(user);
    await user.click(screen.getByRole('button', { name: 'Replay from this scene: Social media' }));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    expect(screen.getByRole('meter', { name: /Trust/ }).getAttribute('aria-valuenow')).toBe('30');
    expect(useProgress.getState().current?.snapshot).toMatchObject({ context: { decisions: [{ sceneId: 'call', responseId: 'argue' }] } });
  });

  it('exports the results under a pseudonym as JSON (importable), CSV and xAPI, and nothing before', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    renderApp();
    await playToReport(user);
    const panel = screen.getByRole('region', { name: 'Keep your results' });
    const json = within(panel).getByRole('button', { name: 'Download results (JSON)' }) as HTMLButtonElement;
    expect(json.disabled).toBe(true);
    const questionnaire = screen.getByRole('region', { name: 'Your view of the scenario' });
    await user.click(within(within(questionnaire).getByRole('group', { name: /How realistic/ })).getByRole('radio', { name: '4' }));
    await user.selectOptions(within(questionnaire).getByRole('combobox', { name: 'The hardest moment' }), 'post');
    await user.click(within(questionnaire).getByRole('checkbox', { name: /scoring at “Phone call”|scoring at “call”/ }));
    await user.type(within(panel).getByRole('textbox', { name: 'Pseudonym' }), 'Айгерім, группа 3');
    await user.click(within(panel).getByRole('button', { name: 'Download results (JSON)' }));
    expect(within(panel).getByRole('alert').textContent).toBe('Say why you disagree, or untick the box.');
    await user.type(within(questionnaire).getByRole('textbox', { name: 'Why?' }), 'Arguing was fair here');
    await user.click(json);
    await user.click(within(panel).getByRole('button', { name: 'Download for a spreadsheet (CSV)' }));
    await user.click(within(panel).getByRole('button', { name: 'Download xAPI statements' }));
    expect(files.map((f) => f.name)).toEqual(['fake-Айгерім_группа_3.json', 'fake-Айгерім_группа_3.csv', 'fake-Айгерім_группа_3.xapi.json']);
    const imported = importResults(await files[0]!.blob.text(), files[0]!.name);
    expect(imported.ok && imported.record.pseudonym).toBe('Айгерім, группа 3');
    expect(imported.ok && imported.record.feedback).toEqual({ realism: 4, hardestSceneId: 'post', disputes: [{ sceneId: 'call', responseId: 'argue', reason: 'Arguing was fair here' }] });
    const csv = new Uint8Array(await files[1]!.blob.arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await files[1]!.blob.text()).toContain('"Айгерім, группа 3"');
    const statements = JSON.parse(await files[2]!.blob.text());
    expect(statements.at(-1).verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    vi.restoreAllMocks();
  });

  it('counts attempts and best ratings on the library card', async () => {
    const user = userEvent.setup();
    renderApp();
    await playToReport(user);
    await user.click(screen.getByRole('button', { name: 'Back to the library' }));
    const card = screen.getByRole('article', { name: 'Fake' });
    expect(within(card).getByText(/1 attempt/).textContent).toMatch(/^1 attempt · best ratings: Empathic listening and de-escalation \d, Timely, accurate, credible crisis information \d$/);
  });
});

describe('scenario text in another language', () => {
  beforeEach(() => resetApp('kk'));
  afterEach(cleanup);

  it('falls back and marks the text with its real language', () => {
    render(<Localized value={{ en: 'Only English', ru: 'Только русский' }} />);
    const text = screen.getByText('Only English');
    expect(text.getAttribute('lang')).toBe('en');
    expect(text.className).toBe('fallback');
  });
});

describe('saved progress', () => {
  it('migrates the unversioned prototype, which called attempts "history"', () => {
    const attempt = { id: 'a' };
    expect(migrateProgress({ history: [attempt], level: 'B' }, 0)).toEqual({ language: null, level: 'B', mode: 'practice', attempts: [attempt], current: null });
  });

  it('starts a library of several scenarios with no attempts', () => {
    resetApp();
    renderApp(fakeSource({ 'a.json': fakeScenario(), 'b.json': fakeScenario({ id: 'b', title: 'B' }) }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByText(/attempt/)).toBeNull();
    cleanup();
  });
});

describe('storage that refuses to save', () => {
  it('reports a browser that allows no saving (private mode) instead of failing', async () => {
    const { safeStorage } = await import('../../src/app/stores/safe-storage');
    const { storageStatus } = await import('../../src/app/stores/storage-status');
    resetApp();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const storage = safeStorage<unknown>(1);
    storage.setItem('x', { state: {}, version: 1 });
    expect(storageStatus.getState().writeError).toBe('unavailable');
    setItem.mockRestore();
    renderApp();
    expect(screen.getByRole('alert').textContent).toContain('does not allow saving');
    cleanup();
  });
});
