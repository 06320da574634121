// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { EditorView } from '@codemirror/view';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { listDrafts } from '../../src/studio/drafts';
import { StudioScreen } from '../../src/studio/studio-screen';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';

// jsdom lays nothing out; CodeMirror asks ranges for their boxes when it scrolls to a place.
Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();

function editor(): EditorView {
  const dom = document.querySelector('.cm-editor');
  const view = dom && EditorView.findFromDOM(dom as HTMLElement);
  if (!view) throw new Error('no editor');
  return view;
}

function renderStudio() {
  return render(<StudioScreen bundled={[]} loadBundled={async () => fakeScenario()} onBack={() => undefined} />);
}

async function clearDrafts() {
  for (const d of await listDrafts()) await (await import('../../src/studio/drafts')).deleteDraft(d.id);
}

describe('the authoring studio', () => {
  beforeEach(async () => {
    initI18n('en');
    await clearDrafts();
  });
  afterEach(cleanup);

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
