import type { Snapshot } from 'xstate';

/** The parts of a persisted run snapshot that resuming looks at. */
interface PersistedRun {
  status?: unknown;
  value?: unknown;
  context?: { sceneId?: unknown };
}

/**
 * Prepares a saved run for resuming. XState does not restart delayed transitions when it restores a
 * snapshot, so a run saved while the trainee was deciding is put back to the moment the scene
 * arrived: sending CONTINUE then starts the decision again. Its time limit and real-time injects
 * count on from `spentMs`, the time the trainee had already spent on it, so a reload gives no extra
 * time and repeats no inject. Returns null when the value is not a run snapshot of this machine's shape.
 */
export function prepareForResume(saved: unknown, knownStates: readonly string[], spentMs = 0): Snapshot<unknown> | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const run = saved as PersistedRun;
  const value = run.value;
  if (typeof value === 'string') return knownStates.includes(value) ? ({ ...(saved as object) } as Snapshot<unknown>) : null;
  if (typeof value !== 'object' || value === null) return null;
  const [scene, step] = Object.entries(value)[0] ?? [];
  if (typeof scene !== 'string' || !knownStates.includes(scene) || (step !== 'arriving' && step !== 'deciding')) return null;
  if (typeof run.context !== 'object' || run.context === null || run.context.sceneId !== scene) return null;
  const spent = step === 'deciding' && Number.isFinite(spentMs) && spentMs > 0 ? Math.floor(spentMs) : 0;
  return { ...(saved as object), value: { [scene]: 'arriving' }, context: { ...run.context, resumedAfterMs: spent } } as unknown as Snapshot<unknown>;
}
