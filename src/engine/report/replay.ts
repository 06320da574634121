import type { Decision } from '../machine/run.types';
import type { Move } from '../run/headless';

/** The moves that replay a run's first `count` decisions, to start again from the scene after them. */
export function movesOf(decisions: readonly Decision[], count: number): Move[] {
  return decisions.slice(0, count).map((d): Move => {
    if (d.responseId === null) return { compose: d.fragmentIds ?? [] };
    if (d.timedOut) return { timeout: true };
    return { respond: d.responseId };
  });
}
