import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Actor } from 'xstate';
import type { RunMachine } from '../../engine/machine/compile';

/** The step of a scene the run is at: arriving (before the decision starts), deciding, or done. */
export function stepOf(value: unknown): 'arriving' | 'deciding' | 'done' {
  if (typeof value === 'object' && value !== null)
    return (Object.values(value)[0] as 'arriving' | 'deciding') ?? 'done';
  return 'done';
}

/**
 * The time spent on the decision in progress, in milliseconds. Its clock starts when the decision
 * does: at once in assessment mode, after CONTINUE otherwise; a resumed decision counts on from the
 * time already spent on it. Started in a layout effect, before any save reads it. `decision` names
 * the decision in progress, null between decisions.
 */
export function useDecisionClock(actor: Actor<RunMachine>, decision: string | null): () => number {
  const since = useRef(0);
  useLayoutEffect(() => {
    if (decision !== null)
      since.current = performance.now() - (actor.getSnapshot().context.resumedAfterMs ?? 0);
  }, [decision, actor]);
  return useCallback(() => performance.now() - since.current, []);
}

/**
 * Saves the run on every change, so a reload or a closed laptop loses nothing — but off the click's
 * path: the save waits for an idle moment. When the page is hidden or left, it is saved at once with
 * the time already spent on the decision, so resuming later gives back exactly the time that was left.
 */
export function useSavedRun(
  actor: Actor<RunMachine>,
  acknowledged: number,
  spentOnDecision: () => number,
  onProgress: (snapshot: unknown, acknowledged: number, spentMs: number) => void,
): void {
  const progress = useRef(onProgress);
  useEffect(() => {
    progress.current = onProgress;
  });
  useEffect(() => {
    let pending: number | undefined;
    const save = () => {
      window.clearTimeout(pending);
      pending = undefined;
      const snapshot = actor.getSnapshot();
      // Floored, so an inject due at that very moment is not taken for one already delivered.
      const spent =
        snapshot.status === 'active' && stepOf(snapshot.value) === 'deciding'
          ? Math.floor(spentOnDecision())
          : (snapshot.context.resumedAfterMs ?? 0);
      progress.current(actor.getPersistedSnapshot(), acknowledged, spent);
    };
    const schedule = () => {
      if (pending === undefined) pending = window.setTimeout(save, 300);
    };
    const leave = () => {
      if (document.visibilityState === 'hidden' || pending !== undefined) save();
    };
    save();
    const subscription = actor.subscribe(schedule);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', leave);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', leave);
      save();
    };
  }, [actor, acknowledged, spentOnDecision]);
}
