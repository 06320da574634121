import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeminarStrings } from './seminar-strings';
import type { Response } from '../../engine/format/response';
import type { ResultsVote } from '../../engine/results/results-schema';
import { Localized } from '../components/localized';

export type Vote = Omit<ResultsVote, 'sceneId'>;

/** The group's vote at a decision: the trainer enters the show of hands, then takes the majority or overrides it. */
export function VotePanel({
  responses,
  onDecide,
}: {
  responses: readonly Response[];
  onDecide: (vote: Vote) => void;
}) {
  useSeminarStrings();
  const { t } = useTranslation();
  const id = useId();
  const [counts, setCounts] = useState<Record<string, number>>(() =>
    Object.fromEntries(responses.map((r) => [r.id, 0])),
  );
  const best = Math.max(...Object.values(counts));
  const leaders = responses.filter((r) => best > 0 && counts[r.id] === best);
  const majority = leaders.length === 1 ? leaders[0] : undefined;
  return (
    <section aria-labelledby={`${id}-heading`} className="votes">
      <h3 id={`${id}-heading`}>{t('seminar.vote')}</h3>
      <ol>
        {responses.map((response, i) => (
          <li key={response.id} className="vote-row">
            <span className="response-number" aria-hidden="true">
              {i + 1}
            </span>
            <Localized value={response.text} />
            <label className="vote-count">
              {t('seminar.hands', { number: i + 1 })}{' '}
              <input
                type="number"
                min={0}
                max={999}
                value={counts[response.id] ?? 0}
                onChange={(e) =>
                  setCounts((c) => ({
                    ...c,
                    [response.id]: Math.max(0, Math.floor(Number(e.target.value) || 0)),
                  }))
                }
              />
            </label>
            <button
              type="button"
              onClick={() =>
                onDecide({ counts, chosen: response.id, override: response.id !== majority?.id })
              }
            >
              {t('seminar.choose', { number: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <p aria-live="polite">
        {majority
          ? t('seminar.majority', { number: responses.indexOf(majority) + 1 })
          : best > 0
            ? t('seminar.tie')
            : t('seminar.noVotes')}
      </p>
      <button
        type="button"
        className="primary"
        disabled={!majority}
        onClick={() => majority && onDecide({ counts, chosen: majority.id, override: false })}
      >
        {t('seminar.takeMajority')}
      </button>
    </section>
  );
}
