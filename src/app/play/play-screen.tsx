import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostLevel } from '../../engine/format/constants';
import type { Scenario } from '../../engine/format/scenario';
import type { FrameworkIndex } from '../../engine/framework-index';
import { compileScenario } from '../../engine/machine/compile';
import type { RunContext, RunInput } from '../../engine/machine/run.types';
import { reviewDecision } from '../../engine/report/review';
import { feedItemAt } from '../../engine/report/feed';
import { prepareForResume } from '../../engine/run/resume';
import { ChannelView } from '../components/channel-view';
import { ComposeTask } from '../components/compose-task';
import { Countdown } from '../components/countdown';
import { FeedbackCard } from '../components/feedback-card';
import { MeterBar } from '../components/meter-bar';
import { ResponseList } from '../components/response-list';
import { StoryClock } from '../components/story-clock';
import { Transcript } from '../components/transcript';
import type { Vote } from './vote-panel';
import { useModule } from '../use-module';
import { stepOf, useDecisionClock, useSavedRun } from './run-clock';
import { useStickyHeight } from '../use-sticky-height';
import { PendingModule } from '../components/pending-module';
import { useLang } from '../use-lang';
import type { Mode } from '../stores/progress-store';

/**
 * Seminar mode's tools (trainer's notes, discussion timer, the group's vote) are a chunk of their
 * own, so a trainee playing alone downloads none of them.
 */
export const loadSeminarTools = () => import('./seminar-tools');

export interface PlayScreenProps {
  scenario: Scenario;
  framework: FrameworkIndex;
  level: PostLevel;
  mode: Mode;
  /** A play-test starts from this scene instead of the scenario's start. */
  startSceneId?: string | undefined;
  /** A play-test's meters, flags and clock set by hand. */
  input?: RunInput | undefined;
  /** A saved run to resume (or a replay prepared up to a scene), and the time already spent on its decision. */
  saved?: { snapshot: unknown; acknowledged: number; spentMs?: number } | undefined;
  /**
   * Called whenever the run changes, and when the page is hidden or left, with what is needed to
   * resume it: the time already spent on the decision in progress included.
   */
  onProgress: (snapshot: unknown, acknowledged: number, spentMs: number) => void;
  /** A seminar group's vote at a decision. */
  onVote?: (vote: Vote & { sceneId: string }) => void;
  /** Called once the ending is reached (and, in practice mode, its feedback read). */
  onFinish: (context: RunContext) => void;
  onLeave: () => void;
}

/** A run in progress: the scene on its channel, clock, meters, transcript, the decision and feedback. */
export function PlayScreen({
  scenario,
  framework,
  level,
  mode,
  startSceneId,
  input,
  saved,
  onProgress,
  onVote,
  onFinish,
  onLeave,
}: PlayScreenProps) {
  const [seminar, seminarFailed] = useModule(loadSeminarTools, mode === 'seminar');
  const { t } = useTranslation();
  const { text } = useLang();
  const machine = useMemo(
    () => compileScenario(scenario, startSceneId ? { startSceneId } : {}),
    [scenario, startSceneId],
  );
  const restored = useMemo(
    () =>
      saved
        ? prepareForResume(saved.snapshot, Object.keys(machine.states), saved.spentMs ?? 0)
        : null,
    [saved, machine],
  );
  const actor = useActorRef(
    machine,
    restored
      ? { snapshot: restored, input: {} }
      : {
          input: {
            ...input,
            pauseBetweenScenes: mode !== 'assessment',
            noTimeLimits: mode === 'seminar',
          },
        },
  );
  const context = useSelector(actor, (s) => s.context);
  const step = useSelector(actor, (s) => (s.status === 'done' ? 'done' : stepOf(s.value)));
  const [acknowledged, setAcknowledged] = useState(
    restored ? Math.min(saved?.acknowledged ?? 0, context.decisions.length) : 0,
  );
  const spentOnDecision = useDecisionClock(
    actor,
    step === 'deciding' ? `${context.sceneId}:${context.decisions.length}` : null,
  );
  useSavedRun(actor, acknowledged, spentOnDecision, onProgress);

  const pending =
    mode !== 'assessment' && context.decisions.length > acknowledged
      ? context.decisions[context.decisions.length - 1]
      : undefined;
  const review = useMemo(
    () => (pending ? reviewDecision(scenario, framework, level, pending) : undefined),
    [pending, scenario, framework, level],
  );

  const statusBar = useStickyHeight<HTMLDivElement>('--status-bar-height');

  // A scene starts its decision once no feedback is waiting to be read.
  useEffect(() => {
    if (step === 'arriving' && !pending) actor.send({ type: 'CONTINUE' });
  }, [step, pending, actor]);

  // The run is over once the ending is reached and the last feedback read.
  const finished = useRef(false);
  useEffect(() => {
    if (step === 'done' && !pending && !finished.current) {
      finished.current = true;
      onFinish(actor.getSnapshot().context);
    }
  }, [step, pending, actor, onFinish]);

  // Focus the new scene's heading, so keyboard and screen-reader users start from it.
  useEffect(() => {
    if (step === 'deciding') document.getElementById('scene-heading')?.focus();
  }, [step, context.sceneId]);

  const respond = useCallback(
    (responseId: string) =>
      actor.send({
        type: 'RESPOND',
        responseId,
        elapsedMs: Math.round(spentOnDecision()),
      }),
    [actor, spentOnDecision],
  );
  const compose = useCallback(
    (fragmentIds: string[]) =>
      actor.send({
        type: 'COMPOSE',
        fragmentIds,
        elapsedMs: Math.round(spentOnDecision()),
      }),
    [actor, spentOnDecision],
  );

  // Tell screen readers how the situation changed after each decision, once, not on every tick
  // (React's pattern for state that follows a prop: set while rendering when the decision count moves).
  const decisionCount = context.decisions.length;
  const [news, setNews] = useState({ count: decisionCount, meters: context.meters, text: '' });
  if (news.count !== decisionCount) {
    const changes = scenario.meters
      .filter(
        (m) =>
          Math.round(news.meters[m.id] ?? m.initial) !==
          Math.round(context.meters[m.id] ?? m.initial),
      )
      .map((m) =>
        t('play.meterChange', {
          meter: text(m.label),
          from: Math.round(news.meters[m.id] ?? m.initial),
          to: Math.round(context.meters[m.id] ?? m.initial),
        }),
      );
    setNews({ count: decisionCount, meters: context.meters, text: changes.join('; ') });
  }
  const meterNews = news.text;
  // New posts, headlines and messages (with the scene or arriving while the trainee decides) are read out politely.
  const transcriptLength = context.transcript.length;
  const [feedNews, setFeedNews] = useState({ length: transcriptLength, text: '' });
  if (feedNews.length !== transcriptLength) {
    const arrived = context.transcript
      .slice(feedNews.length)
      .flatMap((entry) => (entry.kind === 'feed' ? [feedItemAt(scenario, entry.origin)] : []))
      .filter((item) => item !== undefined)
      .map(
        (item) =>
          `${text(item.source) || text(scenario.cast.find((c) => c.id === item.author)?.name)}: ${text(item.text)}`,
      );
    setFeedNews({
      length: transcriptLength,
      text: arrived.length
        ? `${t('play.newItems', { count: arrived.length })} ${arrived.join(' — ')}`
        : '',
    });
  }
  const scene = scenario.scenes.find((s) => s.id === context.sceneId);
  const lastTimedOut = context.decisions.at(-1)?.timedOut === true;
  const timed =
    scene?.timeLimit && step === 'deciding' && mode !== 'seminar' && !(review && pending)
      ? { id: scene.id, seconds: scene.timeLimit.seconds }
      : null;
  return (
    <div className={mode === 'seminar' ? 'play seminar' : 'play'}>
      <div className="status-bar" ref={statusBar}>
        <StoryClock minutes={context.clock} clockStart={scenario.clockStart} />
        <section className="meters" aria-label={t('play.meters')}>
          {scenario.meters.map((meter) => (
            <MeterBar
              key={meter.id}
              meter={meter}
              value={context.meters[meter.id] ?? meter.initial}
            />
          ))}
        </section>
        <button type="button" className="quiet" onClick={onLeave}>
          {t('play.quit')}
        </button>
        {/* In the bar that stays on screen, so the time left is seen while reading the responses. */}
        {timed && (
          <Countdown
            key={`${timed.id}-${context.decisions.length}`}
            seconds={timed.seconds}
            spentMs={context.resumedAfterMs ?? 0}
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {lastTimedOut && context.decisions.length > acknowledged ? t('play.timedOut') : ''}{' '}
        {meterNews} {feedNews.text}
      </p>
      <div className="play-main">
        <div className="stage">
          {review && pending ? (
            <FeedbackCard
              review={review}
              timedOut={pending.timedOut}
              onContinue={() => setAcknowledged(context.decisions.length)}
            />
          ) : scene && step === 'deciding' ? (
            <>
              <ChannelView scene={scene} scenario={scenario} meters={context.meters} />
              {seminar && scene.facilitatorNotes && (
                <seminar.FacilitatorNotes notes={scene.facilitatorNotes} />
              )}
              {seminar && !scene.compose && <seminar.DiscussionTimer key={scene.id} />}
              {scene.compose ? (
                <ComposeTask key={scene.id} task={scene.compose} onIssue={compose} />
              ) : mode === 'seminar' ? (
                seminar ? (
                  <seminar.VotePanel
                    key={`${scene.id}-${context.decisions.length}`}
                    responses={(scene.responses ?? []).filter((r) => !r.timeoutOnly)}
                    onDecide={(vote) => {
                      onVote?.({ ...vote, sceneId: scene.id });
                      respond(vote.chosen);
                    }}
                  />
                ) : (
                  <PendingModule failed={seminarFailed} />
                )
              ) : (
                <ResponseList
                  responses={(scene.responses ?? []).filter((r) => !r.timeoutOnly)}
                  onChoose={respond}
                />
              )}
            </>
          ) : (
            <p>{t('app.loading')}</p>
          )}
        </div>
        <Transcript scenario={scenario} context={context} />
      </div>
    </div>
  );
}
