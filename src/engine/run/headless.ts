import { createActor, SimulatedClock, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../format/scenario';
import { compileScenario, timeLimitMs, type RunMachine } from '../machine/compile';
import type { RunContext, RunInput } from '../machine/run.types';

/** One move of a headless run: a response, a composed statement, or letting the timer run out. */
export type Move = { respond: string } | { compose: string[] } | { timeout: true };

export interface HeadlessRun {
  context: RunContext;
  done: boolean;
  snapshot: SnapshotFrom<RunMachine>;
  /** The run as saved for resuming: restore it with `createActor(machine, { snapshot })`. */
  persisted: unknown;
  /** Moves that the run did not accept (unknown response, invalid statement, no timer). */
  rejected: Move[];
}

/**
 * Plays a scenario without a screen, with a simulated clock for time limits and injects, so
 * tests and tools can run any path.
 */
export function playScenario(scenario: Scenario, moves: readonly Move[], options: { input?: RunInput; startSceneId?: string } = {}): HeadlessRun {
  const machine = compileScenario(scenario, options.startSceneId ? { startSceneId: options.startSceneId } : {});
  const clock = new SimulatedClock();
  const actor = createActor(machine, { input: options.input ?? {}, clock });
  actor.start();
  const proceed = () => {
    if (actor.getSnapshot().context.pauseBetweenScenes) actor.send({ type: 'CONTINUE' });
  };
  proceed();
  const rejected: Move[] = [];
  for (const move of moves) {
    const before = actor.getSnapshot();
    if ('respond' in move) actor.send({ type: 'RESPOND', responseId: move.respond });
    else if ('compose' in move) actor.send({ type: 'COMPOSE', fragmentIds: move.compose });
    else {
      const scene = scenario.scenes.find((s) => s.id === before.context.sceneId);
      const ms = scene ? timeLimitMs(scene) : undefined;
      if (ms !== undefined) clock.increment(ms);
    }
    if (actor.getSnapshot().context.decisions.length === before.context.decisions.length) rejected.push(move);
    proceed();
  }
  const snapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { context: snapshot.context, done: snapshot.status === 'done', snapshot, persisted, rejected };
}
