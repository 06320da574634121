import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportStrings } from './strings';
import type { PostLevel } from '../../engine/format/constants';
import type { Lang } from '../../engine/format/lang';
import type { Scenario } from '../../engine/format/scenario';
import type { FrameworkIndex } from '../../engine/framework-index';
import type { EvidenceSource, RunContext } from '../../engine/machine/run.types';
import { formatElapsed, timeOfDay } from '../../engine/report/clock';
import { reviewDecision } from '../../engine/report/review';
import { scoreRun } from '../../engine/scoring/score';
import { Localized } from '../components/localized';
import type { Mode } from '../stores/progress-store';
import { useLang } from '../use-lang';
import { ExportPanel } from './export-panel';
import { Questionnaire } from './questionnaire';
import type { ResultsVote, TraineeFeedback } from '../../engine/results/results-schema';
import { ProfileChart } from './profile-chart';

export interface ReportScreenProps {
  scenario: Scenario;
  framework: FrameworkIndex;
  context: RunContext;
  level: PostLevel;
  mode: Mode;
  /** How the run was played, for the results record. */
  run: { language: Lang; startedAt: string; endedAt: string; votes?: ResultsVote[] | undefined };
  /** The trainee's answers to the questionnaire, kept with the attempt. */
  feedback: TraineeFeedback;
  onFeedback: (feedback: TraineeFeedback) => void;
  onTryAgain: () => void;
  onReplayFrom: (decisionIndex: number) => void;
  onLibrary: () => void;
}

/** The debrief: the ending, the competency profile with its evidence, red flags and the path taken. */
export function ReportScreen({
  scenario,
  framework,
  context,
  level,
  mode,
  run,
  feedback,
  onFeedback,
  onTryAgain,
  onReplayFrom,
  onLibrary,
}: ReportScreenProps) {
  useReportStrings();
  const { t } = useTranslation();
  const { text } = useLang();
  const profile = useMemo(
    () => scoreRun(context.evidence, context.redFlags, framework, level, scenario.competencies),
    [context, framework, level, scenario],
  );
  const ending = scenario.endings.find((e) => e.id === context.endingId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The summary (ending, profile, red flags) is drawn with the last response's frame; the evidence,
  // the path, the questionnaire and the exports follow a moment later, below the fold.
  const complete = useDeferredValue(true, false);
  const sceneTitle = (sceneId: string) => {
    const scene = scenario.scenes.find((s) => s.id === sceneId);
    return scene?.title ? text(scene.title) : t(`channel.${scene?.channel ?? 'meeting'}`);
  };
  const responseText = (sceneId: string, responseId: string | null, fragmentIds?: string[]) => {
    const scene = scenario.scenes.find((s) => s.id === sceneId);
    if (responseId === null)
      return (fragmentIds ?? [])
        .map((id) => text(scene?.compose?.fragments.find((f) => f.id === id)?.text))
        .join(' ');
    return text(scene?.responses?.find((r) => r.id === responseId)?.text);
  };
  /** What produced a piece of evidence: the response, the one fragment, or what the statement lacked. */
  const evidenceWords = (sceneId: string, source: EvidenceSource) => {
    const compose = scenario.scenes.find((s) => s.id === sceneId)?.compose;
    switch (source.kind) {
      case 'response':
        return source.timedOut
          ? t('report.silence')
          : quoted(responseText(sceneId, source.responseId));
      case 'fragment':
        return quoted(text(compose?.fragments.find((f) => f.id === source.fragmentId)?.text));
      case 'missing-element':
        return t('report.missingElement', {
          element: text(compose?.elements?.find((el) => el.id === source.elementId)?.label),
        });
      case 'order':
        return t(source.followed ? 'report.orderFollowed' : 'report.orderBroken');
    }
  };
  return (
    <article className="report">
      <h2 ref={heading} tabIndex={-1}>
        {t('report.heading')}: {text(scenario.title)}
      </h2>
      <p>{t('report.level', { level, mode: t(`report.mode.${mode}`) })}</p>
      {ending && (
        <section aria-labelledby="ending-heading" className={`ending ending-${ending.outcome}`}>
          <h3 id="ending-heading">
            {t('report.ending')}: {t(`report.outcome.${ending.outcome}`)} —{' '}
            <Localized value={ending.title} />
          </h3>
          <Localized value={ending.debrief} as="p" />
        </section>
      )}
      <section aria-labelledby="profile-heading">
        <h3 id="profile-heading">{t('report.profile')}</h3>
        <ProfileChart scores={profile.competencies} framework={framework} />
      </section>
      <section aria-labelledby="flags-heading">
        <h3 id="flags-heading">{t('report.redFlags')}</h3>
        {context.redFlags.length === 0 ? (
          <p>{t('report.noRedFlags')}</p>
        ) : (
          <ul>
            {context.redFlags.map((flag, i) => (
              <li key={i}>
                <Localized value={framework.redFlags.get(flag.flag)?.text} /> —{' '}
                {sceneTitle(flag.sceneId)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {complete && (
        <>
          {profile.competencies.map((score) => (
            <section
              key={score.competency}
              aria-labelledby={`evidence-${score.competency}`}
              className="evidence-section"
            >
              <h3 id={`evidence-${score.competency}`}>
                {t('report.evidence', {
                  competency: text(framework.competencies.get(score.competency)?.name),
                })}
              </h3>
              <ul className="evidence-list">
                {score.evidence.map((e, i) => {
                  const rule = e.tag ? framework.doctrine.get(e.tag) : undefined;
                  return (
                    <li key={i} className={e.sign > 0 ? 'plus' : 'minus'}>
                      <span className="sign">{e.sign > 0 ? '+' : '−'}</span>{' '}
                      <strong>{sceneTitle(e.sceneId)}</strong> ({formatElapsed(e.clock)}):{' '}
                      {evidenceWords(e.sceneId, e.source)} —{' '}
                      <Localized value={framework.indicators.get(e.indicator)?.text} />
                      {rule && (
                        <span className="rule">
                          {' '}
                          ({t('feedback.rule')}: <Localized value={rule.name} />)
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          <section aria-labelledby="path-heading" className="path-section">
            <h3 id="path-heading">{t('report.path')}</h3>
            <div className="table-scroll">
              <table className="path-table">
                <thead>
                  <tr>
                    <th scope="col">{t('report.time')}</th>
                    <th scope="col">{t('report.scene')}</th>
                    <th scope="col">{t('report.response')}</th>
                    <th scope="col">{t('report.betterOption')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('report.replay')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {context.decisions.map((d, i) => {
                    const review = reviewDecision(scenario, framework, level, d);
                    const day = timeOfDay(d.clock, scenario.clockStart);
                    return (
                      <tr key={i} className={review ? `verdict-${review.verdict}` : ''}>
                        <td>
                          {formatElapsed(d.clock)}
                          {day && ` (${day})`}
                        </td>
                        <th scope="row">{sceneTitle(d.sceneId)}</th>
                        <td>
                          {d.timedOut ? `${t('report.silence')} ` : ''}
                          {responseText(d.sceneId, d.responseId, d.fragmentIds)}
                          {review && (
                            <span className="verdict"> — {t(`feedback.${review.verdict}`)}</span>
                          )}
                        </td>
                        <td>{review?.better ? <Localized value={review.better.text} /> : ''}</td>
                        <td>
                          <button type="button" className="quiet" onClick={() => onReplayFrom(i)}>
                            {t('report.replay')}
                            <span className="visually-hidden">: {sceneTitle(d.sceneId)}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
          <Questionnaire
            scenario={scenario}
            decisions={context.decisions}
            value={feedback}
            onChange={onFeedback}
          />
          <ExportPanel
            scenario={scenario}
            framework={framework}
            context={context}
            level={level}
            mode={mode}
            language={run.language}
            startedAt={run.startedAt}
            endedAt={run.endedAt}
            feedback={feedback}
            {...(run.votes ? { votes: run.votes } : {})}
          />
          <div className="actions no-print">
            <button type="button" className="primary" onClick={onTryAgain}>
              {t('report.tryAgain')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <button type="button" onClick={onLibrary}>
              {t('report.library')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** A trainee's words in «guillemets», unless the text already opens with a quotation mark. */
function quoted(words: string): string {
  return /^[«"“„']/.test(words) ? words : `«${words}»`;
}
