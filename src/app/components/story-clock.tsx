import { useTranslation } from 'react-i18next';
import { formatElapsed, timeOfDay } from '../../engine/report/clock';

/** The in-story clock: "T+00:45" and, when the scenario has a start time, the time of day. */
export function StoryClock({
  minutes,
  clockStart,
}: {
  minutes: number;
  clockStart: string | undefined;
}) {
  const { t } = useTranslation();
  const day = timeOfDay(minutes, clockStart);
  return (
    <div className="story-clock" role="group" aria-label={t('play.clock')}>
      <span className="clock-elapsed">{formatElapsed(minutes)}</span>
      {day && <time className="clock-day">{day}</time>}
    </div>
  );
}
