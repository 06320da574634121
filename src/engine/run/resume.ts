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
 * arrived: sending CONTINUE then starts the decision, its time limit and its injects afresh.
 * Returns null when the value is not a run snapshot of this machine's shape.
 */
export function prepareForResume(saved: unknown, knownStates: readonly string[]): Snapshot<unknown> | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const run = saved as PersistedRun;
  const value = run.value;
  if (typeof value === 'string') return knownStates.includes(value) ? ({ ...(saved as object) } as Snapshot<unknown>) : null;
  if (typeof value !== 'object' || value === null) return null;
  const [scene, step] = Object.entries(value)[0] ?? [];
  if (typeof scene !== 'string' || !knownStates.includes(scene) || (step !== 'arriving' && step !== 'deciding')) return null;
  if (typeof run.context !== 'object' || run.context === null || run.context.sceneId !== scene) return null;
  return { ...(saved as object), value: { [scene]: 'arriving' } } as unknown as Snapshot<unknown>;
}
