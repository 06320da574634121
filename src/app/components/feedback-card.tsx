import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionReview } from '../../engine/report/review';
import { Localized } from './localized';

/** Practice-mode feedback on a decision: effective or not, which indicators, why (the rule), and a better option. */
export function FeedbackCard({
  review,
  timedOut,
  onContinue,
}: {
  review: DecisionReview;
  timedOut: boolean;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`feedback feedback-${review.verdict}`} aria-labelledby="feedback-heading">
      <h3 id="feedback-heading" tabIndex={-1} ref={heading}>
        {t('feedback.heading')}: <span className="verdict">{t(`feedback.${review.verdict}`)}</span>
      </h3>
      {timedOut && <p>{t('feedback.timedOut')}</p>}
      {review.responseText && (
        <p className="chosen">
          <Localized value={review.responseText} />
        </p>
      )}
      <h4>{t('feedback.why')}</h4>
      {review.feedback.map((line, i) => (
        <Localized key={i} value={line} as="p" />
      ))}
      {review.evidence.length > 0 && (
        <>
          <h4>{t('feedback.shows')}</h4>
          <ul className="evidence-list">
            {review.evidence.map((e, i) => (
              <li key={i} className={e.sign > 0 ? 'plus' : 'minus'}>
                <span className="sign">{e.sign > 0 ? '+' : '−'}</span>{' '}
                <Localized value={e.indicatorText} />
                {e.rule && (
                  <span className="rule">
                    {' '}
                    ({t('feedback.rule')}: <Localized value={e.rule.name} />)
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {review.better && (
        <>
          <h4>{t('feedback.better')}</h4>
          <Localized value={review.better.text} as="p" />
        </>
      )}
      <button type="button" className="primary" onClick={onContinue}>
        {t('feedback.continue')}
      </button>
    </section>
  );
}
