// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgress } from '../../src/app/stores/progress-store';
import { renderApp, resetApp } from './harness';

// The player's code cannot be downloaded: the connection dropped before the app was cached.
vi.mock('../../src/app/play/play-screen', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a part of the app that cannot be downloaded', () => {
  beforeEach(() => resetApp());
  afterEach(cleanup);

  it('is reported with a way to reload, and the run that was started is kept', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', { name: 'Open the briefing' }));
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be downloaded');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(useProgress.getState().current?.scenarioFile).toBe('fake.json');
  });
});
