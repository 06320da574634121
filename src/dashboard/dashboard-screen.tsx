import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostLevel } from '../engine/format/constants';
import { POST_LEVELS } from '../engine/format/constants';
import type { Lang } from '../engine/format/lang';
import type { Scenario } from '../engine/format/scenario';
import { layoutSceneGraph } from '../engine/graph/layout';
import { aggregateResults, groupReportToCsv, scenariosIn } from '../engine/results/aggregate';
import { importResults } from '../engine/results/import-results';
import type { ResultsRecord } from '../engine/results/results-record';
import { downloadText } from '../app/download';
import { SceneGraph } from '../studio/scene-graph';
import { GroupTables } from './group-tables';
import { clearResults, keepResults, listResults } from './results-store';
import { registerDashboardStrings } from './strings';

export interface DashboardScreenProps {
  /** Loads a bundled scenario by id, to draw the group's choices on its graph. */
  loadScenario: (id: string) => Promise<Scenario | null>;
  onBack: () => void;
}

/** The trainer's dashboard: import trainees' results files, see the group's choices and ratings, export and print. */
export function DashboardScreen(props: DashboardScreenProps) {
  const { i18n } = useTranslation();
  const [ready] = useState(() => {
    registerDashboardStrings(i18n);
    return true;
  });
  return ready ? <Dashboard {...props} /> : null;
}

function Dashboard({ loadScenario, onBack }: DashboardScreenProps) {
  const { t } = useTranslation();
  const id = useId();
  const [records, setRecords] = useState<ResultsRecord[]>([]);
  const [rejected, setRejected] = useState<{ file: string; reason: string }[]>([]);
  const [imported, setImported] = useState<number | null>(null);
  const [scenarioId, setScenarioId] = useState('');
  const [level, setLevel] = useState<PostLevel | ''>('');
  const [language, setLanguage] = useState<Lang | ''>('');
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);

  useEffect(() => {
    listResults()
      .then(setRecords)
      .catch((e: unknown) => setStorageError(String(e)));
  }, []);
  const scenarios = useMemo(() => scenariosIn(records), [records]);
  const chosen = scenarioId || scenarios[0]?.id || '';
  useEffect(() => {
    let live = true;
    if (chosen) void loadScenario(chosen).then((s) => live && setScenario(s));
    return () => {
      live = false;
    };
  }, [chosen, loadScenario]);

  const filter = useMemo(
    () => ({ ...(level ? { level } : {}), ...(language ? { language } : {}) }),
    [level, language],
  );
  const report = useMemo(
    () => (chosen ? aggregateResults(records, chosen, filter) : null),
    [records, chosen, filter],
  );
  const layout = useMemo(
    () => (scenario && scenario.id === chosen ? layoutSceneGraph(scenario) : null),
    [scenario, chosen],
  );
  const edgeLabels = useMemo(() => {
    const labels: Record<string, string> = {};
    for (const scene of report?.choices ?? [])
      for (const [response, count] of Object.entries(scene.counts))
        labels[`${scene.sceneId}/${response}`] = `${response}: ${count}`;
    return labels;
  }, [report]);

  const importFiles = async (files: readonly File[]) => {
    const accepted: ResultsRecord[] = [];
    const refused: { file: string; reason: string }[] = [];
    for (const file of files) {
      const text = await file.text().catch(() => null);
      const result =
        text === null
          ? { ok: false as const, reason: `"${file.name}" could not be read.` }
          : importResults(text, file.name);
      if (result.ok) accepted.push(result.record);
      else refused.push({ file: file.name, reason: result.reason });
    }
    try {
      await keepResults(accepted);
      setRecords(await listResults());
      setStorageError(null);
    } catch (e) {
      setRecords((r) => [...r, ...accepted]);
      setStorageError(String(e));
    }
    setRejected(refused);
    setImported(accepted.length);
  };

  return (
    <div className="dashboard">
      <h2>{t('dashboard.heading')}</h2>
      <button type="button" className="quiet no-print" onClick={onBack}>
        {t('dashboard.back')}
      </button>
      <section
        aria-labelledby={`${id}-import`}
        className="studio-open no-print"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void importFiles([...e.dataTransfer.files]);
        }}
      >
        <h3 id={`${id}-import`}>{t('dashboard.import')}</h3>
        <label>
          {t('dashboard.import')}{' '}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => void importFiles([...(e.target.files ?? [])])}
          />
        </label>{' '}
        <span className="hint">{t('dashboard.drop')}</span>
        {imported !== null && <p role="status">{t('dashboard.imported', { count: imported })}</p>}
        {rejected.length > 0 && (
          <div role="alert">
            <h4>{t('dashboard.rejected')}</h4>
            <ul>
              {rejected.map((r) => (
                <li key={r.file}>{r.reason}</li>
              ))}
            </ul>
          </div>
        )}
        {storageError && <p role="alert">{storageError}</p>}
        <p>{t('dashboard.kept', { count: records.length })}</p>
        {records.length > 0 && (
          <button
            type="button"
            onClick={() =>
              void clearResults().then(() => (setRecords([]), setRejected([]), setImported(null)))
            }
          >
            {t('dashboard.clear')}
          </button>
        )}
      </section>
      {records.length === 0 ? (
        <p>{t('dashboard.empty')}</p>
      ) : (
        <>
          <div className="filters no-print">
            <label htmlFor={`${id}-scenario`}>{t('dashboard.scenario')}</label>
            <select
              id={`${id}-scenario`}
              value={chosen}
              onChange={(e) => setScenarioId(e.target.value)}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} ({t('dashboard.runs', { count: s.runs })})
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-level`}>{t('dashboard.level')}</label>
            <select
              id={`${id}-level`}
              value={level}
              onChange={(e) => setLevel(e.target.value as PostLevel | '')}
            >
              <option value="">{t('dashboard.all')}</option>
              {POST_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-language`}>{t('dashboard.language')}</label>
            <select
              id={`${id}-language`}
              value={language}
              onChange={(e) => setLanguage(e.target.value as Lang | '')}
            >
              <option value="">{t('dashboard.all')}</option>
              {(['kk', 'ru', 'en'] as const).map((l) => (
                <option key={l} value={l}>
                  {l.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
          {report && (
            <>
              <p>{t('dashboard.runs', { count: report.runs })}</p>
              <div className="actions no-print">
                <button
                  type="button"
                  onClick={() =>
                    downloadText(
                      `${chosen}-group.csv`,
                      groupReportToCsv(report),
                      'text/csv;charset=utf-8',
                    )
                  }
                >
                  {t('dashboard.exportCsv')}
                </button>
                <button type="button" onClick={() => window.print()}>
                  {t('dashboard.print')}
                </button>
              </div>
              {layout && (
                <SceneGraph
                  layout={layout}
                  selected={null}
                  onSelectScene={noop}
                  onSelectResponse={noop}
                  edgeLabels={edgeLabels}
                  heading={t('dashboard.graph')}
                />
              )}
              <GroupTables report={report} />
            </>
          )}
        </>
      )}
    </div>
  );
}

const noop = () => undefined;
