import { useAnimate } from 'framer-motion/mini';
import { useEffect, useRef } from 'react';
import type { Meter } from '../../engine/format/scenario';
import { useLang } from '../use-lang';

/** True when the user asked the system for less motion. */
function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * One gauge of the situation. When its value changes the bar glides to it and briefly pulses
 * (framer-motion's mini animator, on the browser's own animation engine); with reduced motion it jumps.
 */
export function MeterBar({ meter, value }: { meter: Meter; value: number }) {
  const { text } = useLang();
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const min = meter.min ?? 0;
  const max = meter.max ?? 100;
  const share = ((value - min) / (max - min || 1)) * 100;
  const first = useRef(true);
  useEffect(() => {
    const fill = scope.current?.firstElementChild;
    if (!fill) return;
    const still = first.current || prefersReducedMotion();
    first.current = false;
    // Without the Web Animations API (very old browsers) the bar just shows the value.
    if (typeof (fill as HTMLElement).animate !== 'function') {
      fill.setAttribute('style', `width: ${share}%`);
      return;
    }
    void animate(fill, { width: `${share}%` }, { duration: still ? 0 : 0.4, ease: 'easeOut' });
    if (!still) void animate(scope.current, { opacity: [0.55, 1] }, { duration: 0.6 });
  }, [share, animate, scope]);
  const good = meter.higherIsBetter ?? true;
  return (
    <div className="meter">
      <span className="meter-label" id={`meter-${meter.id}`}>
        {text(meter.label)} <strong>{Math.round(value)}</strong>
      </span>
      <div
        ref={scope}
        role="meter"
        aria-labelledby={`meter-${meter.id}`}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={value}
        className="meter-track"
      >
        <div className={`meter-fill ${good ? 'meter-good' : 'meter-bad'}`} />
      </div>
    </div>
  );
}
