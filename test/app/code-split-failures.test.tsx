// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../fixtures/dom';
import { playToReport, renderApp, resetApp } from './harness';

// The connection dropped before these parts of the app were cached.
vi.mock('../../src/app/play/seminar-tools', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/app/report/export-formats', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('parts of the player that cannot be downloaded', () => {
  beforeEach(() => resetApp());
  afterEach(cleanup);

  it('says so in place of the seminar vote, with a way to reload', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(within(screen.getByRole('article', { name: 'Fake' })).getByRole('button', { name: 'Open the briefing' }));
    await user.click(screen.getByRole('radio', { name: /^Seminar/ }));
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be downloaded');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'The group’s vote' })).toBeNull();
  });

  it('says so when the exporter cannot be fetched, and downloads nothing', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    renderApp();
    await playToReport(user);
    const panel = screen.getByRole('region', { name: 'Keep your results' });
    await user.type(within(panel).getByRole('textbox', { name: 'Pseudonym' }), 'Aigerim');
    await user.click(within(panel).getByRole('button', { name: 'Download results (JSON)' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('could not be downloaded');
    expect(files).toHaveLength(0);
  });
});
