// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { buildCatalog } from '../../src/app/bundled-scenarios';
import { initI18n } from '../../src/app/i18n';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

function renderApp() {
  const catalog = buildCatalog(framework().framework, {
    'scenarios/fake.json': fakeScenario(),
    'scenarios/broken.json': { formatVersion: 2 },
  });
  return render(<App catalog={catalog} />);
}

describe('the start page', () => {
  beforeEach(() => {
    initI18n('en');
  });
  afterEach(cleanup);

  it('lists the bundled scenarios with their competencies and reports a broken file instead of dropping it', () => {
    renderApp();
    const card = screen.getByRole('article', { name: 'Fake' });
    expect(within(card).getByText(/Empathic listening/)).toBeTruthy();
    expect(within(card).getByText(/Introductory · 5 min/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('broken.json cannot be opened');
  });

  it('switches the interface and the scenario text to Kazakh and marks the page language', async () => {
    renderApp();
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Қазақша' })));
    expect(screen.getByRole('heading', { name: 'Сценарийлер' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Жалған' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Қазақша' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('kk');
  });

  it('uses Russian plural forms', async () => {
    renderApp();
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Русский' })));
    expect(screen.getByText('1 сценарий')).toBeTruthy();
  });
});
