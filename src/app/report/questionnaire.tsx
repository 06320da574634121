import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportStrings } from './strings';
import type { Scenario } from '../../engine/format/scenario';
import type { Decision } from '../../engine/machine/run.types';
import type { TraineeFeedback } from '../../engine/results/results-schema';
import { useLang } from '../use-lang';

export interface QuestionnaireProps {
  scenario: Scenario;
  decisions: readonly Decision[];
  value: TraineeFeedback;
  onChange: (feedback: TraineeFeedback) => void;
}

function Scale({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: number | undefined;
  onChange: (v: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className="scale-option">
          <input
            type="radio"
            name={name}
            value={n}
            checked={value === n}
            onChange={() => onChange(n)}
          />{' '}
          {n}
        </label>
      ))}
    </fieldset>
  );
}

/** A short, optional questionnaire on the scenario; it travels in the results record for the trainer. */
export function Questionnaire({ scenario, decisions, value, onChange }: QuestionnaireProps) {
  useReportStrings();
  const { t } = useTranslation();
  const { text } = useLang();
  const id = useId();
  const set = (patch: Partial<TraineeFeedback>) => onChange({ ...value, ...patch });
  const sceneName = (sceneId: string) => {
    const scene = scenario.scenes.find((s) => s.id === sceneId);
    return scene?.title ? text(scene.title) : sceneId;
  };
  const disputed = (d: Decision) =>
    value.disputes.find(
      (x) => x.sceneId === d.sceneId && x.responseId === (d.responseId ?? 'statement'),
    );
  const setDispute = (d: Decision, reason: string | null) => {
    const responseId = d.responseId ?? 'statement';
    const others = value.disputes.filter(
      (x) => !(x.sceneId === d.sceneId && x.responseId === responseId),
    );
    set({
      disputes: reason === null ? others : [...others, { sceneId: d.sceneId, responseId, reason }],
    });
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="questionnaire no-print">
      <h3 id={`${id}-heading`}>{t('report.feedback.heading')}</h3>
      <p className="hint">{t('report.feedback.optional')}</p>
      <Scale
        legend={t('report.feedback.realism')}
        value={value.realism}
        onChange={(realism) => set({ realism })}
      />
      <Scale
        legend={t('report.feedback.relevance')}
        value={value.relevance}
        onChange={(relevance) => set({ relevance })}
      />
      <label htmlFor={`${id}-hardest`}>{t('report.feedback.hardest')}</label>{' '}
      <select
        id={`${id}-hardest`}
        value={value.hardestSceneId ?? ''}
        onChange={(e) =>
          set(e.target.value ? { hardestSceneId: e.target.value } : { hardestSceneId: undefined })
        }
      >
        <option value="">—</option>
        {[...new Set(decisions.map((d) => d.sceneId))].map((sceneId) => (
          <option key={sceneId} value={sceneId}>
            {sceneName(sceneId)}
          </option>
        ))}
      </select>
      <div>
        <label htmlFor={`${id}-comment`}>{t('report.feedback.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={2000}
          value={value.comment ?? ''}
          onChange={(e) => set({ comment: e.target.value || undefined })}
        />
      </div>
      <h4>{t('report.feedback.disputes')}</h4>
      <ul className="disputes">
        {decisions.map((d, i) => {
          const dispute = disputed(d);
          return (
            <li key={i}>
              <label>
                <input
                  type="checkbox"
                  checked={dispute !== undefined}
                  onChange={(e) => setDispute(d, e.target.checked ? '' : null)}
                />{' '}
                {t('report.feedback.disagree', { scene: sceneName(d.sceneId) })}
              </label>
              {dispute && (
                <label className="dispute-reason">
                  {t('report.feedback.reason')}{' '}
                  <input
                    type="text"
                    maxLength={1000}
                    value={dispute.reason}
                    onChange={(e) => setDispute(d, e.target.value)}
                  />
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
