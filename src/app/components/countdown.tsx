import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A visible countdown for a timed decision (resumed ones start with the time already spent taken
 * off). The run's machine takes the timeout response itself; this only shows the time and tells
 * screen readers, politely, at the start and ten seconds before the end.
 */
export function Countdown({ seconds, spentMs = 0 }: { seconds: number; spentMs?: number }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(() => Math.max(0, seconds - Math.floor(spentMs / 1000)));
  // Announced once: the limit, or after a resume what was left of it.
  const [atStart] = useState(left);
  useEffect(() => {
    const started = Date.now() - spentMs;
    const timer = setInterval(
      () => setLeft(Math.max(0, seconds - Math.floor((Date.now() - started) / 1000))),
      250,
    );
    return () => clearInterval(timer);
  }, [seconds, spentMs]);
  const hurry = left <= 10;
  return (
    <div className={`countdown ${hurry ? 'countdown-hurry' : ''}`}>
      <div role="timer" aria-label={t('play.seconds', { count: left })} className="countdown-text">
        {t('play.seconds', { count: left })}
      </div>
      <div className="countdown-track" aria-hidden="true">
        <div className="countdown-fill" style={{ transform: `scaleX(${left / seconds})` }} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {hurry && left > 0 ? t('play.hurry') : t('play.timeLimit', { count: atStart })}
      </p>
    </div>
  );
}
