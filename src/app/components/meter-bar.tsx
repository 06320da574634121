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
 * One gauge of the situation. The bar is drawn at its value; when the value changes, the bar glides
 * there from the old one and briefly pulses (framer-motion's mini animator on the browser's own
 * animation engine, animating only transform and opacity so no layout is redone per frame). With
 * reduced motion, or without the Web Animations API, it simply shows the new value.
 */
export function MeterBar({ meter, value }: { meter: Meter; value: number }) {
  const { text } = useLang();
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const min = meter.min ?? 0;
  const max = meter.max ?? 100;
  const share = Math.min(1, Math.max(0, (value - min) / (max - min || 1)));
  const shown = useRef(share);
  useEffect(() => {
    const from = shown.current;
    shown.current = share;
    const fill = scope.current?.firstElementChild;
    if (from === share || !fill || typeof (fill as HTMLElement).animate !== 'function') return;
    if (prefersReducedMotion()) return;
    // Both ends are given, so the animator never has to read the computed style (a forced layout).
    void animate(
      fill,
      { transform: [`scaleX(${from})`, `scaleX(${share})`] },
      { duration: 0.4, ease: 'easeOut' },
    );
    void animate(scope.current, { opacity: [0.55, 1] }, { duration: 0.6 });
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
        <div
          className={`meter-fill ${good ? 'meter-good' : 'meter-bad'}`}
          style={{ transform: `scaleX(${share})` }}
        />
      </div>
    </div>
  );
}
