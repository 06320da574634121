// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunContext } from '../../src/engine/machine/run.types';
import { useProgress } from '../../src/app/stores/progress-store';
import { fakeScenario } from '../fixtures/fake-scenario';
import { fakeSource, renderApp, resetApp } from './harness';

async function openAndStart(user: ReturnType<typeof userEvent.setup>, mode: 'Practice' | 'Assessment' = 'Assessment') {
  const card = screen.getByRole('article', { name: 'Fake' });
  await user.click(within(card).getByRole('button', { name: 'Open the briefing' }));
  await user.click(screen.getByRole('radio', { name: new RegExp(`^${mode}`) }));
  await user.click(screen.getByRole('radio', { name: /^C — posts 7–9/ }));
  const start = screen.getByRole('button', { name: 'Start' });
  await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
  await user.click(start);
  await screen.findByRole('heading', { name: 'Phone call', level: 2 });
}

/** Starts the fake scenario and answers its way to the statement task. */
async function reachComposeTask(user: ReturnType<typeof userEvent.setup>) {
  await openAndStart(user);
  await user.click(screen.getByRole('button', { name: /It is not our fault/ }));
  await user.click(await screen.findByRole('button', { name: /Post what we know/ }));
  await screen.findByRole('heading', { name: 'Compose', level: 3 });
}

describe('the trainee player', () => {
  beforeEach(() => resetApp());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('lists the scenarios with competencies, filters them, and reports a broken file', async () => {
    const user = userEvent.setup();
    const other = { ...fakeScenario({ id: 'other', title: { en: 'Other', ru: 'Другой', kk: 'Басқа' }, postLevels: ['B'] }) };
    renderApp(fakeSource({ 'fake.json': fakeScenario(), 'other.json': other, 'broken.json': '{ "formatVersion": 2 }' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(within(screen.getByRole('article', { name: 'Fake' })).getByText(/Empathic listening/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('broken.json cannot be opened');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Post level' }), 'B');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['title-other']);
  });

  it('plays to the report by clicks in assessment mode, with the ending, profile and evidence', async () => {
    const user = userEvent.setup();
    renderApp();
    await openAndStart(user);
    expect(screen.getByRole('timer')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /I hear you/ }));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    expect(within(screen.getByRole('region', { name: 'Social media' })).getByText('No water!')).toBeTruthy();
    // The change in the situation is announced once, politely.
    const announcement = screen.getByText(/Trust: 50 → 60; Tension: 40 → 30/);
    expect(announcement.getAttribute('aria-live')).toBe('polite');
    expect(announcement.textContent).toContain('1 new item: @town: No water!');
    await user.click(screen.getByRole('button', { name: /Post what we know/ }));
    const report = await screen.findByRole('heading', { name: 'Your report: Fake' });
    expect(report).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Ending: Resolved — Good/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Competency profile' });
    expect(within(table).getByRole('rowheader', { name: /Timely, accurate/ })).toBeTruthy();
    const empEvidence = screen.getByRole('heading', { name: /Evidence for Empathic listening/ }).parentElement!;
    expect(within(empEvidence).getAllByRole('listitem')[0]!.textContent).toContain('«I hear you»');
    expect(useProgress.getState().attempts).toHaveLength(1);
    expect(useProgress.getState().current).toBeNull();
  });

  it('plays by number keys and shows practice feedback with the better option', async () => {
    const user = userEvent.setup();
    renderApp();
    await openAndStart(user, 'Practice');
    await user.keyboard('2');
    const feedback = await screen.findByRole('heading', { name: 'Feedback: Ineffective' });
    const card = feedback.parentElement!;
    expect(within(card).getByRole('heading', { name: 'A better option' })).toBeTruthy();
    expect(within(card).getByText('I hear you')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    await user.keyboard('1');
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Compose', level: 3 });
  });

  it('takes the silent response when the time limit expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp();
    await openAndStart(user, 'Practice');
    expect(screen.getByRole('timer').textContent).toBe('20 seconds left');
    act(() => vi.advanceTimersByTime(20_000));
    expect(await screen.findByText('You let the time run out.')).toBeTruthy();
    expect(useProgress.getState().current).not.toBeNull();
    vi.useRealTimers();
  });

  it('composes a statement by picking and ordering fragments with buttons', async () => {
    const user = userEvent.setup();
    renderApp();
    await reachComposeTask(user);
    const issue = screen.getByRole('button', { name: 'Issue the statement' }) as HTMLButtonElement;
    expect(issue.disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Add: Crews are at work' }));
    await user.click(screen.getByRole('button', { name: 'Add: We are sorry' }));
    await user.click(screen.getByRole('button', { name: 'Move up: We are sorry' }));
    const statement = screen.getByRole('heading', { name: 'Your statement' }).parentElement!;
    expect(within(statement).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 12))).toEqual(['We are sorry', 'Crews are at']);
    await user.click(issue);
    await screen.findByRole('heading', { name: 'Your report: Fake' });
    const attempt = useProgress.getState().attempts[0]!;
    expect(attempt.context.decisions.at(-1)).toMatchObject({ responseId: null, fragmentIds: ['feel', 'doing'] });
    expect(screen.getByRole('heading', { name: /Ending: Partly resolved/ })).toBeTruthy();
  });

  it('offers only the post levels a scenario was written for, starting at the first of them', async () => {
    const user = userEvent.setup();
    renderApp(fakeSource({ 'fake.json': fakeScenario({ postLevels: ['C', 'B'] }) }));
    await user.click(within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', { name: 'Open the briefing' }));
    const levels = screen.getByRole('group', { name: 'Your post level (Table 1)' });
    const d = within(levels).getByRole('radio', { name: /^D — / }) as HTMLInputElement;
    expect(d.disabled).toBe(true);
    expect(d.parentElement!.textContent).toContain('not covered by this scenario');
    expect((within(levels).getByRole('radio', { name: /^C — / }) as HTMLInputElement).checked).toBe(true);
    const start = screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement;
    await waitFor(() => expect(start.disabled).toBe(false));
    await user.click(start);
    await screen.findByRole('heading', { name: 'Phone call', level: 2 });
    expect(useProgress.getState().current?.level).toBe('C');
  });

  it('follows the browser’s Back button from screen to screen, keeping the run in progress', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', { name: 'Open the briefing' }));
    await screen.findByRole('button', { name: 'Start' });
    act(() => window.history.back());
    await screen.findByRole('heading', { name: 'Scenarios' });
    await openAndStart(user);
    // Back from the run leads to the library (not the briefing), where the run waits to be resumed,
    // with the focus on it.
    act(() => window.history.back());
    const resume = await screen.findByRole('heading', { name: 'A run is in progress: Fake' });
    expect(document.activeElement).toBe(resume);
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('heading', { name: 'Phone call', level: 2 });
    expect(useProgress.getState().current?.scenarioFile).toBe('fake.json');
  });

  it('asks before a new run replaces the one in progress, offering to go back to it', async () => {
    const user = userEvent.setup();
    const other = fakeScenario({ id: 'other', title: { en: 'Other', ru: 'Другой', kk: 'Басқа' } });
    renderApp(fakeSource({ 'fake.json': fakeScenario(), 'other.json': other }));
    await openAndStart(user);
    await user.click(screen.getByRole('button', { name: 'Leave and keep the run' }));
    await user.click(within(await screen.findByRole('article', { name: 'Other' })).getByRole('button', { name: 'Open the briefing' }));
    const start = screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement;
    await waitFor(() => expect(start.disabled).toBe(false));
    await user.click(start);
    const question = screen.getByRole('group', { name: 'Your run of “Fake” is saved. Starting this scenario replaces it.' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Go back to the saved run' }));
    expect(useProgress.getState().current?.scenarioFile).toBe('fake.json');
    // Escape withdraws the question and gives the focus back to Start.
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(within(screen.getByRole('group', { name: /^Your run of “Fake” is saved/ })).getByRole('button', { name: 'Start and replace it' }));
    await screen.findByRole('heading', { name: 'Phone call', level: 2 });
    expect(useProgress.getState().current?.scenarioFile).toBe('other.json');
  });

  it('asks before discarding a run in progress, with the focus on keeping it', async () => {
    const user = userEvent.setup();
    renderApp();
    await openAndStart(user);
    await user.click(screen.getByRole('button', { name: 'Leave and keep the run' }));
    await user.click(await screen.findByRole('button', { name: 'Discard the run' }));
    const confirm = screen.getByRole('group', { name: 'Discard this run? Its progress cannot be recovered.' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    await user.keyboard('{Enter}');
    expect(useProgress.getState().current).not.toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Discard the run' }));
    await user.click(screen.getByRole('button', { name: 'Discard the run' }));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(useProgress.getState().current).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Scenarios' }));
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('keeps keyboard focus on the statement task as fragments are added, moved and removed', async () => {
    const user = userEvent.setup();
    renderApp();
    await reachComposeTask(user);
    const focused = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent;
    screen.getByRole('button', { name: 'Add: We are sorry' }).focus();
    await user.keyboard('{Enter}');
    expect(focused()).toBe('Add: Crews are at work');
    await user.keyboard('{Enter}');
    expect(focused()).toBe('Add: Everything is under control');
    await user.keyboard('{Enter}');
    // Nothing is left to add: on to issuing.
    expect(focused()).toBe('Issue the statement');
    screen.getByRole('button', { name: 'Move down: We are sorry' }).focus();
    await user.keyboard('{Enter}');
    expect(focused()).toBe('Move down: We are sorry');
    await user.keyboard('{Enter}');
    // At the bottom, "down" is disabled: focus stays on the fragment, on its other arrow.
    expect(focused()).toBe('Move up: We are sorry');
    screen.getByRole('button', { name: 'Remove: Crews are at work' }).focus();
    await user.keyboard('{Enter}');
    expect(focused()).toBe('Remove: Everything is under control');
    const statement = screen.getByRole('heading', { name: 'Your statement' }).parentElement!;
    expect(within(statement).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 12))).toEqual(['Everything i', 'We are sorry']);
  });

  it('gives back, after a reload, only the time that was left on a timed decision', async () => {
    // The player's code is loaded before the clock is faked: a module arriving under a faked clock
    // would mount the player outside act(), its effects waiting on a timer nobody advances.
    await import('../../src/app/play/play-screen');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const view = renderApp();
    // Half a minute in the library first: only the time on the decision itself counts.
    act(() => vi.advanceTimersByTime(30_000));
    await openAndStart(user);
    act(() => vi.advanceTimersByTime(8_000));
    // The page is hidden as it reloads: the run is saved with the time spent on the decision.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    const saved = localStorage.getItem('tynda-progress')!;
    expect(JSON.parse(saved).state.current.spentMs).toBeGreaterThanOrEqual(8_000);
    expect(JSON.parse(saved).state.current.spentMs).toBeLessThan(9_000);
    view.unmount();

    useProgress.setState({ current: null, attempts: [] });
    localStorage.setItem('tynda-progress', saved);
    await useProgress.persist.rehydrate();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('heading', { name: 'Phone call', level: 2 });
    expect(screen.getByRole('timer').textContent).toMatch(/^1[12] seconds left$/);
    // Screen readers hear what is left, not the full limit.
    expect(screen.getByText(/^You have 1[12] seconds to decide\.$/).getAttribute('aria-live')).toBe('polite');
    act(() => vi.advanceTimersByTime(11_000));
    expect(useProgress.getState().current?.snapshot).toMatchObject({ context: { decisions: [] } });
    act(() => vi.advanceTimersByTime(1_500));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(useProgress.getState().current?.snapshot).toMatchObject({ context: { decisions: [{ sceneId: 'call', timedOut: true }] } });
    vi.useRealTimers();
  });

  it('records the time each decision took, from the moment it was put to the trainee', async () => {
    await import('../../src/app/play/play-screen');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp();
    act(() => vi.advanceTimersByTime(30_000));
    await openAndStart(user);
    act(() => vi.advanceTimersByTime(3_000));
    await user.click(screen.getByRole('button', { name: /It is not our fault/ }));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    act(() => vi.advanceTimersByTime(5_000));
    await user.click(screen.getByRole('button', { name: /Post what we know/ }));
    await screen.findByRole('heading', { name: 'Compose', level: 3 });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    const decisions = (useProgress.getState().current?.snapshot as { context: RunContext }).context.decisions;
    expect(decisions.map((d) => Math.round((d.elapsedMs ?? 0) / 1000))).toEqual([3, 5]);
    vi.useRealTimers();
  });

  it('resumes after a reload at the same scene with the same meters', async () => {
    const user = userEvent.setup();
    const view = renderApp();
    await openAndStart(user);
    await user.click(screen.getByRole('button', { name: /It is not our fault/ }));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    // Leaving the page flushes the save that otherwise waits for an idle moment.
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    const saved = localStorage.getItem('tynda-progress');
    expect(JSON.parse(saved!).state.current.snapshot.context.sceneId).toBe('post');
    view.unmount();

    // A reload: the store is read back from storage.
    useProgress.setState({ current: null, attempts: [] });
    localStorage.setItem('tynda-progress', saved!);
    await useProgress.persist.rehydrate();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('heading', { name: 'Social media', level: 2 });
    expect(screen.getByRole('meter', { name: /Trust/ }).getAttribute('aria-valuenow')).toBe('30');
  });

  it('starts anyway when saved data is corrupt, says so, and keeps the copy for export', async () => {
    localStorage.setItem('tynda-progress', '{"state": {"attempts": [tru');
    await useProgress.persist.rehydrate();
    renderApp();
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect(screen.getByRole('button', { name: 'Download the kept copy' })).toBeTruthy();
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('tynda:unreadable:'));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toBe('{"state": {"attempts": [tru');
    expect(screen.getByRole('article', { name: 'Fake' })).toBeTruthy();
  });

  it('keeps a saved state from a newer version instead of overwriting it', async () => {
    localStorage.setItem('tynda-progress', JSON.stringify({ state: { attempts: [] }, version: 99 }));
    await useProgress.persist.rehydrate();
    renderApp();
    expect(screen.getByRole('alert').textContent).toContain('newer version');
  });

  it('reports a full storage instead of crashing', async () => {
    const user = userEvent.setup();
    renderApp();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await openAndStart(user);
    expect((await screen.findByRole('alert')).textContent).toContain('storage is full');
    setItem.mockRestore();
  });

  it('switches to Kazakh: interface, scenario text and the page language', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Қазақша' }));
    expect(screen.getByRole('heading', { name: 'Сценарийлер' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Жалған' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('kk');
    expect(useProgress.getState().language).toBe('kk');
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(screen.getByText('1 сценарий')).toBeTruthy();
  });
});
