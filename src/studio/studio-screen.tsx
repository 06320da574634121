import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../engine/validate/diagnostic';
import type { Analysis } from '../engine/graph/analyze';
import type { Scenario } from '../engine/format/scenario';
import type { RunContext } from '../engine/machine/run.types';
import { importTwine, type TwineImport } from '../engine/import/twine';
import { PlayScreen } from '../app/play/play-screen';
import { AnalysisPanel } from './analysis-panel';
import { ResponseDetails, SceneResponses } from './response-details';
import { SceneGraph } from './scene-graph';
import type { SceneGraphLayout } from '../engine/graph/layout';
import { PlaytestForm, type PlaytestRequest } from './playtest-form';
import type { CatalogItem } from '../app/catalog/catalog.types';
import { DiagnosticsList } from './diagnostics-list';
import { askForPersistentStorage, listDrafts, saveDraft, type Draft } from './drafts';
import { DraftsPanel } from './drafts-panel';
import { OpenPanel } from './open-panel';
import { TEMPLATE } from './template';
import { downloadText } from '../app/download';
import { JsonEditor, type JumpTarget } from './json-editor';
import { registerStudioStrings } from './strings';
import { createValidator } from './validate-source';
import { framework } from './validate-text';

export interface StudioScreenProps {
  bundled: readonly CatalogItem[];
  loadBundled: (file: string) => Promise<unknown>;
  onBack: () => void;
}

interface OpenDocument {
  key: string;
  name: string;
  text: string;
  draftId: string;
}

const newDraftId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
/** Wait this long after the last keystroke before validating, so typing never waits. */
const VALIDATE_DELAY_MS = 60;
const AUTOSAVE_DELAY_MS = 800;

/** The authoring studio: open a scenario, edit it with live diagnostics, and never lose a draft. */
export function StudioScreen(props: StudioScreenProps) {
  const { i18n } = useTranslation();
  const [ready] = useState(() => {
    registerStudioStrings(i18n);
    return true;
  });
  return ready ? <Studio {...props} /> : null;
}

function Studio({ bundled, loadBundled, onBack }: StudioScreenProps) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<OpenDocument>(() => ({
    key: 'template',
    name: 'new-scenario.json',
    text: JSON.stringify(TEMPLATE, null, 2),
    draftId: newDraftId(),
  }));
  const [text, setText] = useState(doc.text);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [unmapped, setUnmapped] = useState<TwineImport['unmapped']>([]);
  const [valid, setValid] = useState<Scenario | null>(null);
  const [layout, setLayout] = useState<SceneGraphLayout | null>(null);
  const [selectedScene, setSelectedScene] = useState<string | null>(null);
  const [selectedResponse, setSelectedResponse] = useState<{
    sceneId: string;
    responseId: string | null;
  } | null>(null);
  const [playtest, setPlaytest] = useState<PlaytestRequest | null>(null);
  const [playtestEnding, setPlaytestEnding] = useState<string | null>(null);
  const [jump, setJump] = useState<JumpTarget | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const validator = useMemo(() => createValidator(), []);
  const current = useRef<Draft | undefined>(undefined);

  useEffect(() => () => validator.dispose(), [validator]);
  useEffect(() => {
    void askForPersistentStorage();
    listDrafts()
      .then(setDrafts)
      .catch((error: unknown) => setSaveError(String(error)));
  }, []);

  const open = useCallback((name: string, content: string, draftId = newDraftId()) => {
    // A Twine story (published HTML or Twee 3) becomes a scenario skeleton, with a list of what could not be mapped.
    const twine = /<tw-storydata|^\s*::/.test(content) || /\.(html?|twee|tw)$/i.test(name);
    const imported = twine ? importTwine(content) : null;
    const jsonText = imported ? JSON.stringify(imported.scenario, null, 2) : content;
    const next = {
      key: `${draftId}:${Date.now()}`,
      name: imported ? name.replace(/\.\w+$/, '.json') : name,
      text: jsonText,
      draftId,
    };
    current.current = undefined;
    setUnmapped(imported?.unmapped ?? []);
    setDoc(next);
    setText(jsonText);
  }, []);

  // Validate shortly after typing stops; only the newest answer is shown.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      validator
        .validate(text)
        .then((checked) => {
          if (!live) return;
          setDiagnostics(checked.diagnostics);
          setAnalysis(checked.analysis);
          setValid(checked.scenario);
          if (checked.layout) setLayout(checked.layout);
        })
        .catch(() => undefined);
    }, VALIDATE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, validator]);

  // Autosave every change of text to IndexedDB, with the previous text kept as a version. The
  // error count and the drafts list are read from refs, so a save does not trigger another.
  const known = useRef({ diagnostics, drafts });
  useEffect(() => {
    known.current = { diagnostics, drafts };
  });
  useEffect(() => {
    const timer = setTimeout(() => {
      const errors = known.current.diagnostics.filter((d) => d.severity === 'error').length;
      saveDraft(
        { id: doc.draftId, name: doc.name, text, errors },
        current.current ?? known.current.drafts.find((d) => d.id === doc.draftId),
      )
        .then((draft) => {
          current.current = draft;
          setSaved(new Date(draft.updatedAt).toLocaleTimeString());
          setSaveError(null);
          return listDrafts().then(setDrafts);
        })
        .catch((error: unknown) =>
          setSaveError(error instanceof Error ? error.message : String(error)),
        );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, doc]);

  // Stable callbacks for the graph, so typing does not re-render thousands of nodes.
  const latestText = useRef(text);
  useEffect(() => {
    latestText.current = text;
  }, [text]);
  const selectScene = useCallback((sceneId: string) => {
    setSelectedScene(sceneId);
    setSelectedResponse(null);
    const line = lineOfId(latestText.current, sceneId);
    if (line) setJump({ line, column: 1, nonce: Date.now() });
  }, []);
  const selectResponse = useCallback(
    (sceneId: string, responseId: string | null) => setSelectedResponse({ sceneId, responseId }),
    [],
  );

  const errors = diagnostics.filter((d) => d.severity === 'error').length;

  return (
    <div className="studio">
      <h2>{t('studio.heading')}</h2>
      <button type="button" className="quiet" onClick={onBack}>
        {t('studio.back')}
      </button>
      <OpenPanel
        bundled={bundled}
        loadBundled={loadBundled}
        onOpen={open}
        onUnreadable={() => setSaveError(t('studio.unreadable'))}
      />
      {playtest && valid && (
        <div className="studio-playtest">
          <button type="button" onClick={() => setPlaytest(null)}>
            {t('studio.backToEditor')}
          </button>
          {playtestEnding && <p role="status">{t('studio.ended', { ending: playtestEnding })}</p>}
          <PlayScreen
            key={`${playtest.sceneId}-${JSON.stringify(playtest.input)}`}
            scenario={valid}
            framework={framework}
            level={valid.postLevels[0] ?? 'D'}
            mode="practice"
            startSceneId={playtest.sceneId}
            input={playtest.input}
            onProgress={() => undefined}
            onFinish={(context: RunContext) => setPlaytestEnding(context.endingId)}
            onLeave={() => setPlaytest(null)}
          />
        </div>
      )}
      <div className="studio-main" hidden={playtest !== null && valid !== null}>
        <div className="studio-editor">
          <p className="hint">
            <strong>{doc.name}</strong> {saved && t('studio.saved', { time: saved })}
          </p>
          {saveError && <p role="alert">{t('studio.saveFailed', { reason: saveError })}</p>}
          <JsonEditor
            text={doc.text}
            documentKey={doc.key}
            diagnostics={diagnostics}
            jump={jump}
            label={t('studio.editor')}
            onChange={setText}
          />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                downloadText(
                  errors > 0 ? doc.name.replace(/(\.json)?$/, '.draft.json') : doc.name,
                  text,
                )
              }
            >
              {errors > 0 ? t('studio.downloadDraft') : t('studio.download')}
            </button>
          </div>
        </div>
        <div className="studio-side">
          <DiagnosticsList
            diagnostics={diagnostics}
            onJump={(d) => setJump({ line: d.line, column: d.column, nonce: Date.now() })}
          />
          {unmapped.length > 0 && (
            <section aria-labelledby="unmapped-heading" className="unmapped">
              <h3 id="unmapped-heading">{t('studio.unmapped')}</h3>
              <ul>
                {unmapped.map((u, i) => (
                  <li key={i}>
                    {u.passage && <strong>{u.passage}: </strong>}
                    {u.kind} — {u.detail}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <AnalysisPanel analysis={analysis} />
          {valid && (
            <PlaytestForm
              key={`${valid.id}-${doc.key}`}
              scenario={valid}
              onStart={(request) => {
                setPlaytestEnding(null);
                setPlaytest(request);
              }}
            />
          )}
          <DraftsPanel
            drafts={drafts}
            onOpen={(d, version) => open(d.name, version ?? d.text, d.id)}
          />
        </div>
      </div>
      {layout && !(playtest && valid) && (
        <div className="studio-graph">
          <SceneGraph
            layout={layout}
            selected={selectedScene}
            picker
            onSelectScene={selectScene}
            onSelectResponse={selectResponse}
          />
          <div>
            {selectedScene && valid && (
              <SceneResponses
                scenario={valid}
                sceneId={selectedScene}
                onSelect={(responseId) =>
                  setSelectedResponse({ sceneId: selectedScene, responseId })
                }
              />
            )}
            {selectedResponse && valid && (
              <ResponseDetails scenario={valid} framework={framework} {...selectedResponse} />
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/** The line where a scene or ending with this id is declared, for jumping from the graph to the text. */
export function lineOfId(text: string, id: string): number | null {
  const pattern = new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index >= 0 ? index + 1 : null;
}
