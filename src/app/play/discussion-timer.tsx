import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeminarStrings } from './seminar-strings';

/** An optional discussion timer for the group; it only informs, it never decides. */
export function DiscussionTimer() {
  useSeminarStrings();
  const { t } = useTranslation();
  const id = useId();
  const [minutes, setMinutes] = useState(3);
  const [left, setLeft] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setLeft((s) => (s === null || s <= 1 ? 0 : s - 1)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const shown = left ?? minutes * 60;
  const over = left === 0;
  return (
    <div className="discussion-timer" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>{t('seminar.discussion')}</span>{' '}
      <label>
        <span className="visually-hidden">{t('seminar.minutes')}</span>
        <select
          value={minutes}
          onChange={(e) => (setMinutes(Number(e.target.value)), setLeft(null), setRunning(false))}
        >
          {[1, 2, 3, 5, 10].map((m) => (
            <option key={m} value={m}>
              {t('seminar.minuteOption', { count: m })}
            </option>
          ))}
        </select>
      </label>{' '}
      <time className="discussion-left">{`${Math.floor(shown / 60)}:${String(shown % 60).padStart(2, '0')}`}</time>{' '}
      <button
        type="button"
        onClick={() =>
          left === 0 || left === null
            ? (setLeft(minutes * 60), setRunning(true))
            : setRunning((r) => !r)
        }
      >
        {running ? t('seminar.pause') : t('seminar.start')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {over ? t('seminar.timeUp') : ''}
      </p>
    </div>
  );
}
