import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { POST_LEVELS } from '../engine/format/constants';
import { resolveText } from '../engine/format/lang';
import type { RunContext } from '../engine/machine/run.types';
import { scoreRun } from '../engine/scoring/score';
import type { ScenarioSource } from './catalog/scenario-source';
import { StorageNotices } from './components/notices';
import { PendingModule } from './components/pending-module';
import { UpdateNotice } from './components/update-notice';
import { INTERFACE_LANGUAGES, pickLanguage } from './i18n';
import { LangProvider } from './lang-context';
import { LanguageSwitcher } from './language-switcher';
import { BriefingScreen } from './screens/briefing-screen';
import { LibraryScreen } from './screens/library-screen';
import { useProgress, type Attempt } from './stores/progress-store';
import { useLoadedScenario } from './use-loaded-scenario';
import { prefetch, useModule } from './use-module';
import { useRoute, useScreenScroll } from './use-route';

const loadPlay = () => import('./play/play-screen');
const loadReport = () => import('./report/report-screen');
const loadStudio = () => import('../studio/studio-screen');
const loadDashboard = () => import('../dashboard/dashboard-screen');

export interface AppProps {
  source: ScenarioSource;
}

/** The trainee's app: library → briefing → play → report, in Kazakh, Russian or English. */
export function App({ source }: AppProps) {
  const { t, i18n } = useTranslation();
  const progress = useProgress();
  const lang = pickLanguage(i18n.language);
  const [route, navigate] = useRoute();
  const file =
    route.screen === 'briefing' || route.screen === 'play'
      ? route.file
      : route.screen === 'report'
        ? (progress.attempts.find((a) => a.id === route.attemptId)?.scenarioFile ?? null)
        : null;
  const loaded = useLoadedScenario(source, file);
  useScreenScroll(route.screen, file);

  useEffect(() => {
    if (progress.language && progress.language !== lang)
      void i18n.changeLanguage(progress.language);
  }, [progress.language, lang, i18n]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The player's and the report's code are fetched as soon as a scenario is opened, not on the click that needs them.
  const [play, playFailed] = useModule(
    loadPlay,
    route.screen !== 'library' || progress.current !== null,
  );
  const [report, reportFailed] = useModule(loadReport, route.screen !== 'library');
  const [studio, studioFailed] = useModule(loadStudio, route.screen === 'studio');
  const StudioScreen = studio?.StudioScreen;
  const [dashboard, dashboardFailed] = useModule(loadDashboard, route.screen === 'dashboard');
  const DashboardScreen = dashboard?.DashboardScreen;
  const loadScenarioById = useCallback(
    async (id: string) => {
      const item = source.catalog.items.find((i) => i.id === id);
      return item ? source.loadScenario(item.file) : null;
    },
    [source],
  );
  // A seminar's tools are fetched while the trainer reads the briefing, not at the first decision.
  const briefingSeminar = route.screen === 'briefing' && progress.mode === 'seminar';
  useEffect(() => {
    if (play && briefingSeminar) prefetch(play.loadSeminarTools);
  }, [play, briefingSeminar]);
  const PlayScreen = play?.PlayScreen;
  const ReportScreen = report?.ReportScreen;

  const item = file ? source.catalog.items.find((i) => i.file === file) : undefined;
  // The trainee's usual post level, unless this scenario was not written for it.
  const level =
    item && !item.postLevels.includes(progress.level)
      ? (POST_LEVELS.find((l) => item.postLevels.includes(l)) ?? progress.level)
      : progress.level;
  const current = progress.current;
  const playing = route.screen === 'play' && current?.scenarioFile === route.file ? current : null;

  const start = () => {
    if (!item) return;
    progress.saveRun({
      scenarioFile: item.file,
      scenarioId: item.id,
      scenarioVersion: item.version,
      level,
      mode: progress.mode,
      startedAt: new Date().toISOString(),
      snapshot: null,
      acknowledged: 0,
    });
    // The briefing gives way to the run: Back from the run leads to the library, where it can be resumed.
    navigate({ screen: 'play', file: item.file }, true);
  };

  const finish = useCallback(
    (context: RunContext) => {
      if (loaded.status !== 'ready' || !current) return;
      const profile = scoreRun(
        context.evidence,
        context.redFlags,
        loaded.framework,
        current.level,
        loaded.scenario.competencies,
      );
      const attempt: Attempt = {
        id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        scenarioFile: current.scenarioFile,
        scenarioId: current.scenarioId,
        scenarioVersion: current.scenarioVersion,
        scoringKey: profile.scoringKey,
        level: current.level,
        mode: current.mode,
        language: lang,
        startedAt: current.startedAt,
        endedAt: new Date().toISOString(),
        ratings: Object.fromEntries(profile.competencies.map((c) => [c.competency, c.rating])),
        context,
      };
      if (current.votes?.length) attempt.votes = current.votes;
      progress.addAttempt(attempt);
      // The finished run's screen is replaced by its report.
      navigate({ screen: 'report', attemptId: attempt.id }, true);
    },
    [loaded, current, lang, progress, navigate],
  );

  const attempt =
    route.screen === 'report' ? progress.attempts.find((a) => a.id === route.attemptId) : undefined;

  const replayFrom = async (index: number) => {
    if (!attempt || loaded.status !== 'ready') return;
    const { replaySnapshot } = await import('./play/replay');
    const snapshot = replaySnapshot(
      loaded.scenario,
      attempt.context.decisions,
      index,
      attempt.mode === 'practice',
    );
    progress.saveRun({
      scenarioFile: attempt.scenarioFile,
      scenarioId: attempt.scenarioId,
      scenarioVersion: attempt.scenarioVersion,
      level: attempt.level,
      mode: attempt.mode,
      startedAt: new Date().toISOString(),
      snapshot,
      acknowledged: index,
    });
    navigate({ screen: 'play', file: attempt.scenarioFile });
  };

  return (
    <LangProvider>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header no-print">
        <p className="app-name">{t('app.name')}</p>
        <p className="tagline">{t('app.tagline')}</p>
        {route.screen !== 'play' && (
          <nav aria-label={t('app.trainers')} className="trainer-links">
            <button
              type="button"
              className="quiet"
              aria-current={route.screen === 'studio' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'studio' })}
            >
              {t('app.studio')}
            </button>
            <button
              type="button"
              className="quiet"
              aria-current={route.screen === 'dashboard' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'dashboard' })}
            >
              {t('app.dashboard')}
            </button>
          </nav>
        )}
        <LanguageSwitcher
          languages={INTERFACE_LANGUAGES}
          current={lang}
          label={t('app.language')}
          onChange={(l) => {
            void i18n.changeLanguage(l);
            progress.setLanguage(l);
          }}
        />
      </header>
      <StorageNotices />
      <UpdateNotice />
      <main id="main" className="app">
        {route.screen === 'library' && (
          <LibraryScreen
            catalog={source.catalog}
            attempts={progress.attempts}
            current={current}
            onOpen={(f) => navigate({ screen: 'briefing', file: f })}
            onResume={() => current && navigate({ screen: 'play', file: current.scenarioFile })}
            onDiscard={progress.clearRun}
          />
        )}
        {route.screen === 'briefing' && item && (
          <BriefingScreen
            item={item}
            details={loaded.status === 'ready' ? loaded.scenario : undefined}
            level={level}
            mode={progress.mode}
            onLevel={progress.setLevel}
            onMode={progress.setMode}
            onStart={start}
            onBack={() => navigate({ screen: 'library' })}
            ready={loaded.status === 'ready'}
            error={loaded.status === 'error'}
            replaces={
              current
                ? resolveText(
                    source.catalog.items.find((i) => i.file === current.scenarioFile)?.title,
                    lang,
                  ).text
                : undefined
            }
            onResume={() => current && navigate({ screen: 'play', file: current.scenarioFile })}
          />
        )}
        {route.screen === 'play' && playing && loaded.status === 'ready' && PlayScreen && (
          <PlayScreen
            key={`${playing.startedAt}-${source.revision}`}
            scenario={loaded.scenario}
            framework={loaded.framework}
            level={playing.level}
            mode={playing.mode}
            saved={
              playing.snapshot
                ? {
                    snapshot: playing.snapshot,
                    acknowledged: playing.acknowledged,
                    spentMs: playing.spentMs ?? 0,
                  }
                : undefined
            }
            onProgress={(snapshot, acknowledged, spentMs) => {
              const latest = useProgress.getState().current;
              if (latest) progress.saveRun({ ...latest, snapshot, acknowledged, spentMs });
            }}
            onVote={(vote) => {
              const latest = useProgress.getState().current;
              if (latest) progress.saveRun({ ...latest, votes: [...(latest.votes ?? []), vote] });
            }}
            onFinish={finish}
            onLeave={() => navigate({ screen: 'library' })}
          />
        )}
        {route.screen === 'play' &&
          (loaded.status === 'loading' || (!PlayScreen && loaded.status === 'ready')) && (
            <PendingModule failed={playFailed} />
          )}
        {route.screen === 'report' && !ReportScreen && <PendingModule failed={reportFailed} />}
        {route.screen === 'play' && loaded.status === 'error' && (
          <p role="alert">{t('briefing.loadError')}</p>
        )}
        {route.screen === 'report' && attempt && loaded.status === 'ready' && ReportScreen && (
          <ReportScreen
            scenario={loaded.scenario}
            framework={loaded.framework}
            context={attempt.context}
            level={attempt.level}
            mode={attempt.mode}
            run={{
              language: attempt.language,
              startedAt: attempt.startedAt,
              endedAt: attempt.endedAt,
              votes: attempt.votes,
            }}
            feedback={attempt.feedback ?? { disputes: [] }}
            onFeedback={(feedback) => progress.setFeedback(attempt.id, feedback)}
            onTryAgain={() => navigate({ screen: 'briefing', file: attempt.scenarioFile })}
            onReplayFrom={(index) => void replayFrom(index)}
            onLibrary={() => navigate({ screen: 'library' })}
          />
        )}
        {route.screen === 'dashboard' &&
          (DashboardScreen ? (
            <DashboardScreen
              loadScenario={loadScenarioById}
              onBack={() => navigate({ screen: 'library' })}
            />
          ) : (
            <PendingModule failed={dashboardFailed} />
          ))}
        {route.screen === 'studio' &&
          (StudioScreen ? (
            <StudioScreen
              bundled={source.catalog.items}
              loadBundled={source.loadScenario}
              onBack={() => navigate({ screen: 'library' })}
            />
          ) : (
            <PendingModule failed={studioFailed} />
          ))}
      </main>
    </LangProvider>
  );
}
