// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useProgress } from '../../src/app/stores/progress-store';
import { fakeScenario } from '../fixtures/fake-scenario';
import { fakeSource, renderApp, resetApp } from './harness';

function scenarioWithNotes() {
  const scenario = fakeScenario();
  scenario.scenes[0]!.facilitatorNotes = { en: 'Ask: what does she need to hear first?', ru: 'Спросите: что ей нужно услышать первым?', kk: 'Сұраңыз: ол алдымен не естуі керек?' };
  return scenario;
}

describe('seminar mode', () => {
  beforeEach(() => resetApp());
  afterEach(cleanup);

  it('shows the trainer’s notes, takes the group’s majority or the trainer’s override, and records the votes', async () => {
    const user = userEvent.setup();
    renderApp(fakeSource({ 'fake.json': scenarioWithNotes() }));
    await user.click(within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', { name: 'Open the briefing' }));
    await user.click(screen.getByRole('radio', { name: /^Seminar/ }));
    const start = await screen.findByRole('button', { name: 'Start' });
    await userEvent.setup().click(start);
    expect((await screen.findByRole('complementary', { name: 'For the trainer' })).textContent).toContain('what does she need to hear first?');
    expect(screen.queryByRole('timer')).toBeNull();

    const votes = screen.getByRole('region', { name: 'The group’s vote' });
    const majority = within(votes).getByRole('button', { name: 'Take the majority' }) as HTMLButtonElement;
    expect(majority.disabled).toBe(true);
    await user.clear(within(votes).getByRole('spinbutton', { name: 'Hands for 1' }));
    await user.type(within(votes).getByRole('spinbutton', { name: 'Hands for 1' }), '7');
    await user.clear(within(votes).getByRole('spinbutton', { name: 'Hands for 2' }));
    await user.type(within(votes).getByRole('spinbutton', { name: 'Hands for 2' }), '4');
    expect(within(votes).getByText('Majority: response 1.')).toBeTruthy();
    await user.click(majority);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));

    const next = await screen.findByRole('region', { name: 'The group’s vote' });
    await user.type(within(next).getByRole('spinbutton', { name: 'Hands for 1' }), '3');
    await user.type(within(next).getByRole('spinbutton', { name: 'Hands for 2' }), '3');
    expect(within(next).getByText('A tie: choose a response.')).toBeTruthy();
    await user.click(within(next).getByRole('button', { name: 'Go with 1' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Your report: Fake' });

    const attempt = useProgress.getState().attempts[0]!;
    expect(attempt.mode).toBe('seminar');
    expect(attempt.votes).toEqual([
      { sceneId: 'call', counts: { empathise: 7, argue: 4 }, chosen: 'empathise', override: false },
      { sceneId: 'post', counts: { inform: 3, wait: 3 }, chosen: 'inform', override: true },
    ]);
  });
});

describe('the discussion timer', () => {
  beforeEach(() => resetApp());
  afterEach(cleanup);

  it('counts the chosen minutes down, pauses, and says when time is up', async () => {
    const { act, fireEvent, render } = await import('@testing-library/react');
    const { vi } = await import('vitest');
    const { DiscussionTimer } = await import('../../src/app/play/discussion-timer');
    vi.useFakeTimers();
    render(<DiscussionTimer />);
    const group = screen.getByRole('group', { name: 'Discussion' });
    fireEvent.change(within(group).getByRole('combobox', { name: 'Minutes for discussion' }), { target: { value: '1' } });
    expect(within(group).getByText('1:00')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(15_000));
    expect(within(group).getByText('0:45')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(within(group).getByText('0:45')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(60_000));
    expect(within(group).getByText('0:00')).toBeTruthy();
    expect(within(group).getByText('Time for discussion is up.')).toBeTruthy();
    vi.useRealTimers();
  });
});

describe('a new version', () => {
  beforeEach(() => resetApp());
  afterEach(cleanup);

  it('is offered, not forced, and applied only when the trainee chooses', async () => {
    const { act } = await import('@testing-library/react');
    const { vi } = await import('vitest');
    const { updateStatus } = await import('../../src/app/stores/update-status');
    const user = userEvent.setup();
    renderApp();
    expect(screen.queryByText(/A new version of Tyńda is ready/)).toBeNull();
    const update = vi.fn();
    act(() => updateStatus.setState({ waiting: true, update }));
    expect(screen.getByText(/A new version of Tyńda is ready/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(update).not.toHaveBeenCalled();
    expect(screen.queryByText(/A new version of Tyńda is ready/)).toBeNull();
    act(() => updateStatus.setState({ waiting: true, update }));
    await user.click(screen.getByRole('button', { name: 'Update now' }));
    expect(update).toHaveBeenCalledOnce();
  });
});
