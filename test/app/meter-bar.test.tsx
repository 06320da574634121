// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeterBar } from '../../src/app/components/meter-bar';
import type { Meter } from '../../src/engine/format/scenario';
import { initI18n } from '../../src/app/i18n';

const trust: Meter = { id: 'trust', label: { en: 'Public trust', ru: 'Доверие', kk: 'Сенім' }, initial: 50 };

/** Records the Web Animations the meter starts; jsdom has none of its own. */
function recordAnimations() {
  const started: { keyframes: unknown }[] = [];
  const animate = vi.fn(function (this: Element, keyframes: unknown) {
    started.push({ keyframes });
    const animation = { finished: Promise.resolve(), cancel() {}, finish() {}, pause() {}, play() {}, commitStyles() {}, currentTime: 0, playbackRate: 1, playState: 'finished', onfinish: null, effect: null };
    return animation as unknown as Animation;
  });
  Object.defineProperty(HTMLElement.prototype, 'animate', { value: animate, configurable: true, writable: true });
  return started;
}

function reducedMotion(reduce: boolean) {
  window.matchMedia = ((query: string) => ({ matches: reduce && query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
}

describe('a meter', () => {
  beforeEach(() => initI18n('en'));
  afterEach(() => {
    cleanup();
    delete (HTMLElement.prototype as { animate?: unknown }).animate;
  });

  it('draws its bar at the value and glides from the old value to a new one', () => {
    reducedMotion(false);
    const started = recordAnimations();
    const { rerender } = render(<MeterBar meter={trust} value={30} />);
    const meter = screen.getByRole('meter', { name: /Public trust/ });
    const fill = meter.firstElementChild as HTMLElement;
    expect(meter.getAttribute('aria-valuenow')).toBe('30');
    expect(fill.style.transform).toBe('scaleX(0.3)');
    expect(started).toHaveLength(0);

    rerender(<MeterBar meter={trust} value={70} />);
    expect(fill.style.transform).toBe('scaleX(0.7)');
    expect(JSON.stringify(started.map((a) => a.keyframes))).toContain('scaleX(0.3)');
    expect(JSON.stringify(started.map((a) => a.keyframes))).toContain('scaleX(0.7)');
  });

  it('jumps to a new value without animation when the user asked for reduced motion', () => {
    reducedMotion(true);
    const started = recordAnimations();
    const { rerender } = render(<MeterBar meter={trust} value={30} />);
    rerender(<MeterBar meter={trust} value={10} />);
    const fill = screen.getByRole('meter', { name: /Public trust/ }).firstElementChild as HTMLElement;
    expect(fill.style.transform).toBe('scaleX(0.1)');
    expect(started).toHaveLength(0);
  });
});
