import { m } from 'framer-motion';
import type { Meter } from '../../engine/format/scenario';
import { useLang } from '../use-lang';

/** One gauge of the situation, animated when it changes. */
export function MeterBar({ meter, value }: { meter: Meter; value: number }) {
  const { text } = useLang();
  const min = meter.min ?? 0;
  const max = meter.max ?? 100;
  const share = ((value - min) / (max - min || 1)) * 100;
  const good = meter.higherIsBetter ?? true;
  const label = text(meter.label);
  return (
    <div className="meter">
      <span className="meter-label" id={`meter-${meter.id}`}>
        {label} <strong>{Math.round(value)}</strong>
      </span>
      <div role="meter" aria-labelledby={`meter-${meter.id}`} aria-valuemin={min} aria-valuemax={max} aria-valuenow={value} className="meter-track">
        <m.div className={`meter-fill ${good ? 'meter-good' : 'meter-bad'}`} initial={false} animate={{ width: `${share}%` }} transition={{ duration: 0.4 }} />
      </div>
    </div>
  );
}
