// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { EditorView } from '@codemirror/view';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { listDrafts } from '../../src/studio/drafts';
import { StudioScreen } from '../../src/studio/studio-screen';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';
import { captureDownloads, stubLayout } from '../fixtures/dom';
import { catalogItem } from '../../src/app/catalog/build-catalog';
import type { CatalogItem } from '../../src/app/catalog/catalog.types';

stubLayout();

function editor(): EditorView {
  const dom = document.querySelector('.cm-editor');
  const view = dom && EditorView.findFromDOM(dom as HTMLElement);
  if (!view) throw new Error('no editor');
  return view;
}

function renderStudio(bundled: CatalogItem[] = []) {
  return render(<StudioScreen bundled={bundled} loadBundled={async () => fakeScenario()} onBack={() => undefined} />);
}


async function clearDrafts() {
  for (const d of await listDrafts()) await (await import('../../src/studio/drafts')).deleteDraft(d.id);
}

describe('the authoring studio', () => {
  beforeEach(async () => {
    initI18n('en');
    await clearDrafts();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('opens the template, which has no problems', async () => {
    renderStudio();
    expect(await screen.findByText('No problems found.')).toBeTruthy();
    expect(editor().state.doc.toString()).toContain('"formatVersion": 2');
  });

  it('shows the validator’s diagnostics with line:col for pasted text, and jumps to the place', async () => {
    const user = userEvent.setup();
    renderStudio();
    const broken = fakeScenario();
    broken.scenes[0]!.responses![0]!.next = 'psot';
    const text = scenarioText(broken);
    fireEvent.click(screen.getByText('Paste JSON', { selector: 'summary' }));
    fireEvent.change(screen.getByLabelText('Paste JSON'), { target: { value: text } });
    await user.click(screen.getByRole('button', { name: 'Open the pasted text' }));
    const item = await screen.findByRole('button', { name: /Unknown scene or ending "psot"/ });
    const line = text.split('\n').findIndex((l) => l.includes('"psot"')) + 1;
    expect(item.textContent).toMatch(new RegExp(`^${line}:\\d+ error`));
    await user.click(item);
    const head = editor().state.selection.main.head;
    expect(editor().state.doc.lineAt(head).number).toBe(line);
  });

  it('updates the diagnostics as the trainer types', async () => {
    renderStudio();
    await screen.findByText('No problems found.');
    const view = editor();
    const at = view.state.doc.toString().indexOf('"first-call"', view.state.doc.toString().indexOf('"start"'));
    act(() => view.dispatch({ changes: { from: at, to: at + '"first-call"'.length, insert: '"frist-call"' } }));
    expect(await screen.findByRole('button', { name: /Unknown scene "frist-call".*Did you mean "first-call"/ })).toBeTruthy();
  });

  it('shows the analysis of a valid scenario', async () => {
    renderStudio();
    const panel = await screen.findByRole('region', { name: 'Analysis' });
    await within(panel).findByText('1 scenes, 2 responses, 2 endings');
    const table = within(panel).getByRole('table', { name: /Score range/ });
    // Two responses of weight 2, one effective and one not: −2 to 2, one observation on either path.
    expect(within(table).getByRole('row', { name: /EMP/ }).textContent).toBe('EMP-221 (too few to rate)');
  });

  it('imports a Twine story as a skeleton and lists what could not be mapped', async () => {
    const user = userEvent.setup();
    renderStudio();
    const twee = ':: StoryTitle\nNight call\n\n:: StoryData\n{"start": "Call"}\n\n:: Call [phone]\nThe phone rings. [[Answer->Talk]] [[Let it ring|End]]\n\n:: Talk\n(set: $calm to true)We talk. [[End]]\n\n:: End\nThe night goes on.';
    fireEvent.click(screen.getByText('Paste JSON', { selector: 'summary' }));
    fireEvent.change(screen.getByLabelText('Paste JSON'), { target: { value: twee } });
    await user.click(screen.getByRole('button', { name: 'Open the pasted text' }));
    const unmapped = await screen.findByRole('region', { name: 'What the Twine import could not map' });
    expect(within(unmapped).getByText(/tag/, { selector: 'li' }).textContent).toContain('phone');
    expect(within(unmapped).getAllByText(/macro/, { selector: 'li' })[0]!.textContent).toMatch(/set:/);
    expect(await screen.findAllByRole('button', { name: /has no evidence/ })).not.toHaveLength(0);
    expect(editor().state.doc.toString()).toContain('"start": "call"');
  });

  it('play-tests from a chosen scene with meters set by hand, and comes back to the same editor', async () => {
    const user = userEvent.setup();
    renderStudio();
    const form = await screen.findByRole('region', { name: 'Play-test' });
    await user.click(within(form).getByText('Set meters, flags and the clock'));
    const trust = within(form).getByRole('spinbutton', { name: 'Public trust' });
    await user.clear(trust);
    await user.type(trust, '80');
    const before = editor();
    await user.click(within(form).getByRole('button', { name: 'Play from this scene' }));
    expect(await screen.findByRole('heading', { name: 'Phone call', level: 2 })).toBeTruthy();
    expect(screen.getByRole('meter', { name: /Public trust/ }).getAttribute('aria-valuenow')).toBe('80');
    await user.keyboard('1');
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('status')).textContent).toContain('ending-good');
    await user.click(screen.getByRole('button', { name: 'Back to the editor' }));
    expect(editor()).toBe(before);
  });

  it('draws the scene graph; a scene opens at its line in the editor, a response shows its evidence', async () => {
    renderStudio();
    const graph = await screen.findByRole('region', { name: 'Scene graph' });
    const node = await within(graph).findByLabelText('first-call, Phone call, timed'.replace(', timed', ''));
    fireEvent.click(node);
    const doc = editor().state.doc;
    expect(doc.lineAt(editor().state.selection.main.head).text).toContain('"id": "first-call"');
    expect(within(graph).getByLabelText('ending-good, ending')).toBeTruthy();
    // The keyboard's way: pick the scene from the list beside the graph.
    fireEvent.change(within(graph).getByRole('combobox', { name: 'Show a scene' }), { target: { value: 'first-call' } });
    const responses = await screen.findByRole('region', { name: 'Responses of first-call' });
    fireEvent.click(within(responses).getByRole('button', { name: /^acknowledge:/ }));
    const details = await screen.findByRole('region', { name: /Response: first-call\/acknowledge/ });
    expect(details.textContent).toContain('EMP.acknowledges-feelings ×2 (CERC-EMP)');
  });

  it('opens a dropped file and a bundled scenario', async () => {
    const user = userEvent.setup();
    renderStudio([catalogItem('fake.json', fakeScenario())]);
    const area = screen.getByRole('region', { name: 'Open a scenario' });
    const broken = new File(['{ "formatVersion": 2 }'], 'dropped.json', { type: 'application/json' });
    fireEvent.drop(area, { dataTransfer: { files: [broken] } });
    expect(await screen.findByRole('button', { name: /"id" is required/ })).toBeTruthy();
    expect(screen.getByText('dropped.json')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'A bundled scenario' }), 'fake.json');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(editor().state.doc.toString()).toContain('"id": "fake"'));
  });

  it('downloads the scenario, marking one with errors as a draft, and every draft at once', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderStudio();
    await screen.findByText('No problems found.');
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(downloads[0]!.name).toBe('new-scenario.json');
    expect(JSON.parse(await downloads[0]!.blob.text()).id).toBe('new-scenario');
    act(() => editor().dispatch({ changes: { from: 0, to: 1, insert: '[' } }));
    await user.click(await screen.findByRole('button', { name: 'Download as a draft (it has errors)' }));
    expect(downloads[1]!.name).toBe('new-scenario.draft.json');
    await screen.findByRole('button', { name: 'Download every draft' }, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: 'Download every draft' }));
    expect(downloads.slice(2).map((d) => d.name)).toEqual(['new-scenario.json']);
  });

  it('says so when the browser refuses to keep the draft', async () => {
    const drafts = await import('../../src/studio/drafts');
    vi.spyOn(drafts, 'saveDraft').mockRejectedValue(new Error('QuotaExceededError'));
    renderStudio();
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toContain('could not be saved in this browser: QuotaExceededError');
  });

  it('autosaves drafts to IndexedDB with earlier versions that can be restored', async () => {
    const view = renderStudio();
    await screen.findByText('No problems found.');
    await waitFor(async () => expect(await listDrafts()).toHaveLength(1), { timeout: 3000 });
    const ed = editor();
    act(() => ed.dispatch({ changes: { from: 0, to: 0, insert: ' ' } }));
    await waitFor(async () => expect((await listDrafts())[0]!.history).toHaveLength(1), { timeout: 3000 });
    view.unmount();

    renderStudio();
    const drafts = await screen.findByRole('region', { name: 'Drafts in this browser' });
    await within(drafts).findByText('1 earlier version');
    fireEvent.click(within(drafts).getByText('1 earlier version'));
    fireEvent.click(within(drafts).getByRole('button', { name: /^Restore the version of/ }));
    await waitFor(() => expect(editor().state.doc.toString().startsWith('{')).toBe(true));
  });
});
