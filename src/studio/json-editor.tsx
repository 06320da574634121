import { autocompletion } from '@codemirror/autocomplete';
import { json, jsonLanguage } from '@codemirror/lang-json';
import {
  forceLinting,
  linter,
  lintGutter,
  type Diagnostic as LintDiagnostic,
} from '@codemirror/lint';
import { EditorSelection, EditorState, type Text as Doc } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { JSONSchema7 } from 'json-schema';
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../engine/validate/diagnostic';
import scenarioSchema from '../../public/scenario.schema.json';

/** A place to move the cursor to; `nonce` makes a jump to the same place happen again. */
export interface JumpTarget {
  line: number;
  column: number;
  nonce: number;
}

export interface JsonEditorProps {
  /** The text when the editor opens (or when another file is opened: change `documentKey`). */
  text: string;
  documentKey: string;
  diagnostics: readonly Diagnostic[];
  jump: JumpTarget | null;
  label: string;
  onChange: (text: string) => void;
}

/** The offset of a 1-based line and column, clamped to the document. */
export function offsetOf(doc: Doc, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function toLint(doc: Doc, diagnostics: readonly Diagnostic[]): LintDiagnostic[] {
  return diagnostics.map((d) => {
    const from = offsetOf(doc, d.line, d.column);
    const to = Math.max(from + 1, doc.lineAt(from).to);
    return {
      from,
      to: Math.min(to, doc.length),
      severity: d.severity,
      message: d.hint ? `${d.message} — ${d.hint}` : d.message,
    };
  });
}

/**
 * A CodeMirror 6 JSON editor with completion and hover help from the published JSON Schema, and
 * the engine's own diagnostics shown inline (they arrive from outside, computed off the main thread).
 */
export function JsonEditor({
  text,
  documentKey,
  diagnostics,
  jump,
  label,
  onChange,
}: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ text, diagnostics, onChange });
  useEffect(() => {
    latest.current = { text, diagnostics, onChange };
  });

  useEffect(() => {
    if (!host.current) return;
    // The published schema's root is a reference to $defs.Scenario; hand the editor that object itself.
    const published = scenarioSchema as unknown as { $defs: Record<string, JSONSchema7> };
    const schema = { ...published.$defs.Scenario, $defs: published.$defs } as JSONSchema7;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: latest.current.text,
        extensions: [
          basicSetup,
          json(),
          stateExtensions(schema),
          jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
          autocompletion(),
          hoverTooltip(jsonSchemaHover()),
          linter((v) => toLint(v.state.doc, latest.current.diagnostics), { delay: 0 }),
          lintGutter(),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    // The editor scrolls inside the page; its scroll area takes focus too, so the keyboard can scroll it without editing.
    editor.scrollDOM.tabIndex = 0;
    editor.scrollDOM.setAttribute('role', 'region');
    editor.scrollDOM.setAttribute('aria-label', label);
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // A new document (another file, a restored version) recreates the editor; typing does not.
  }, [documentKey, label]);

  // New diagnostics: ask the linter to run again (it reads them from the ref).
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    forceLinting(editor);
  }, [diagnostics]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !jump) return;
    const at = offsetOf(editor.state.doc, jump.line, jump.column);
    editor.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
    editor.focus();
  }, [jump]);

  return <div ref={host} className="json-editor" data-testid="json-editor" />;
}
