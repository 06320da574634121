import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileScenario, type RunMachine } from '../../src/engine/machine/compile';
import type { RunEvent } from '../../src/engine/machine/run.types';
import type { Scenario } from '../../src/engine/format/scenario';
import { bundledScenarioFiles, loadBundled } from '../fixtures/bundled';
import { fakeScenario } from '../fixtures/fake-scenario';

const STATE_LIMIT = 50_000;
type Snapshot = SnapshotFrom<RunMachine>;

function keyOf(snapshot: Snapshot): string {
  const c = snapshot.context;
  return JSON.stringify([snapshot.value, c.meters, [...c.flags].sort(), c.clock, c.injectsDelivered]);
}

/** Every event a trainee (or the clock: XState's own delayed event, named by the machine) can cause in a scene. */
function movesFor(scenario: Scenario, machine: RunMachine, sceneId: string): RunEvent[] {
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  if (!scene) return [];
  if (scene.compose) {
    // The statement's content changes evidence but not where the story goes, so one valid statement covers routing.
    return [{ type: 'COMPOSE', fragmentIds: scene.compose.fragments.slice(0, scene.compose.minFragments).map((f) => f.id) }];
  }
  const moves: RunEvent[] = (scene.responses ?? []).filter((r) => !r.timeoutOnly).map((r): RunEvent => ({ type: 'RESPOND', responseId: r.id }));
  if (scene.timeLimit) {
    const delayed = machine.states[sceneId]!.after.find((t) => t.delay === scene.timeLimit!.seconds * 1000);
    if (delayed) moves.push({ type: delayed.eventType } as unknown as RunEvent);
  }
  return moves;
}

/** Walks every response of every reachable state; returns the states from which no ending is reachable. */
function walk(scenario: Scenario): { states: number; stuck: string[]; endings: Set<string> } {
  const machine = compileScenario(scenario);
  const actor = createActor(machine, { input: {} });
  const initial = actor.getSnapshot();
  const seen = new Map<string, Snapshot>([[keyOf(initial), initial]]);
  const edges = new Map<string, string[]>();
  const queue = [initial];
  const endings = new Set<string>();
  while (queue.length > 0 && seen.size < STATE_LIMIT) {
    const snapshot = queue.shift()!;
    const key = keyOf(snapshot);
    if (snapshot.status === 'done') {
      endings.add(snapshot.context.endingId!);
      continue;
    }
    const next: string[] = [];
    for (const event of movesFor(scenario, machine, snapshot.context.sceneId)) {
      const after = getNextSnapshot(machine, snapshot, event);
      const afterKey = keyOf(after);
      if (afterKey === key) continue;
      next.push(afterKey);
      if (!seen.has(afterKey)) {
        seen.set(afterKey, after);
        queue.push(after);
      }
    }
    edges.set(key, next);
  }
  expect(seen.size, 'state space too large to walk').toBeLessThan(STATE_LIMIT);
  const canEnd = new Set([...seen].filter(([, s]) => s.status === 'done').map(([k]) => k));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [key, targets] of edges) {
      if (!canEnd.has(key) && targets.some((t) => canEnd.has(t))) {
        canEnd.add(key);
        grew = true;
      }
    }
  }
  const stuck = [...seen.keys()].filter((k) => !canEnd.has(k));
  return { states: seen.size, stuck, endings };
}

describe('model-based walk', () => {
  it('walks the fake scenario: every state reaches an ending, every ending is reached', () => {
    const result = walk(fakeScenario());
    expect(result.stuck).toEqual([]);
    expect([...result.endings].sort()).toEqual(['failed', 'partial', 'resolved']);
  });

  it('includes letting the timer run out among the moves', () => {
    const scenario = fakeScenario();
    const machine = compileScenario(scenario);
    const initial = createActor(machine, { input: {} }).getSnapshot();
    const timeout = movesFor(scenario, machine, 'call').at(-1)!;
    expect(getNextSnapshot(machine, initial, timeout).context.decisions[0]).toMatchObject({ responseId: 'silence', timedOut: true });
  });

  it('finds a state that cannot end', () => {
    const scenario = fakeScenario();
    // Routing that can only loop once the rumour is out: the validator's graph check cannot see it.
    scenario.scenes[2]!.compose!.next = { routes: [{ when: { flag: 'rumour' }, goto: 'statement' }], otherwise: 'partial' };
    expect(walk(scenario).stuck.length).toBeGreaterThan(0);
  });

  it.each(bundledScenarioFiles())('%s: every reachable state can reach an ending', (file) => {
    const scenario = loadBundled(file);
    const result = walk(scenario);
    expect(result.stuck).toEqual([]);
    expect(result.states).toBeGreaterThan(scenario.scenes.length / 2);
  });
});
