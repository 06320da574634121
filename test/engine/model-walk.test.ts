import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileScenario, limitDelay, type RunMachine } from '../../src/engine/machine/compile';
import type { RunEvent } from '../../src/engine/machine/run.types';
import type { Scenario } from '../../src/engine/format/scenario';
import { targetsOf } from '../../src/engine/graph/targets';
import { bundledScenarioFiles, loadBundled } from '../fixtures/bundled';
import { fakeScenario } from '../fixtures/fake-scenario';

const STATE_LIMIT = 50_000;
type Snapshot = SnapshotFrom<RunMachine>;

type KeyOf = (snapshot: Snapshot) => string;

/** The exact state of a run, but for its history (transcript, evidence, decisions). */
const exactKey: KeyOf = (snapshot) => {
  const c = snapshot.context;
  return JSON.stringify([snapshot.value, c.meters, [...c.flags].sort(), c.clock, [...c.injectsDelivered].sort()]);
};

/** Flag ids that some condition of the scenario reads. */
function flagsRead(scenario: Scenario): Set<string> {
  const found = new Set<string>();
  JSON.stringify(scenario, (key, value: unknown) => {
    if (key === 'flag' && typeof value === 'string') found.add(value);
    return value;
  });
  return found;
}

/**
 * A coarser state for large scenarios: the machine state and the flags that conditions read. With
 * meters and the clock in the key, a 25-scene scenario has millions of states; this key still takes
 * every response from every (scene, routing flags) combination reached. That every run ends is
 * proved separately: the scene graph has no cycle, and the validator has ruled out dead ends.
 */
function coarseKey(scenario: Scenario): KeyOf {
  const read = flagsRead(scenario);
  return (snapshot) => JSON.stringify([snapshot.value, snapshot.context.flags.filter((f) => read.has(f)).sort()]);
}

/** True when the scene graph (every route of every response) has no cycle: every walk then ends. */
function sceneGraphIsAcyclic(scenario: Scenario): boolean {
  const next = new Map(scenario.scenes.map((s) => [s.id, targetsOfScene(s)]));
  const state = new Map<string, 1 | 2>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 2 || !next.has(id)) return true;
    if (state.get(id) === 1) return false;
    state.set(id, 1);
    const ok = (next.get(id) ?? []).every(visit);
    state.set(id, 2);
    return ok;
  };
  return scenario.scenes.every((s) => visit(s.id));
}

function targetsOfScene(scene: Scenario['scenes'][number]): string[] {
  const nexts = scene.compose ? [scene.compose.next] : (scene.responses ?? []).map((r) => r.next);
  return nexts.flatMap((n) => targetsOf(n).map((t) => t.id));
}

/** Every event a trainee (or the clock: XState's own delayed event, named by the machine) can cause in a scene. */
function movesFor(scenario: Scenario, machine: RunMachine, sceneId: string): RunEvent[] {
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  if (!scene) return [];
  if (scene.compose) {
    // A statement's content changes where the story goes only through fragments with effects or
    // flags: one plain statement, plus one including each such fragment, covers the routing.
    const task = scene.compose;
    const plain = task.fragments.filter((f) => !f.effects && !f.setFlags).map((f) => f.id);
    const consequential = task.fragments.filter((f) => f.effects || f.setFlags).map((f) => f.id);
    const fill = (first: string[]) => [...first, ...plain.filter((id) => !first.includes(id)), ...consequential.filter((id) => !first.includes(id))].slice(0, task.minFragments);
    return [fill([]), ...consequential.map((id) => fill([id]))].map((fragmentIds): RunEvent => ({ type: 'COMPOSE', fragmentIds }));
  }
  const moves: RunEvent[] = (scene.responses ?? []).filter((r) => !r.timeoutOnly).map((r): RunEvent => ({ type: 'RESPOND', responseId: r.id }));
  if (scene.timeLimit) {
    const delayed = machine.states[sceneId]!.states.deciding!.after.find((t) => t.delay === limitDelay(sceneId));
    if (delayed) moves.push({ type: delayed.eventType } as unknown as RunEvent);
  }
  return moves;
}

/** Walks every response of every reachable state; returns the states from which no ending is reachable. */
function walk(scenario: Scenario, keyOf: KeyOf = exactKey): { states: number; stuck: string[]; endings: Set<string>; rejected: string[] } {
  const machine = compileScenario(scenario);
  const actor = createActor(machine, { input: {} });
  const initial = actor.getSnapshot();
  const seen = new Map<string, Snapshot>([[keyOf(initial), initial]]);
  const edges = new Map<string, string[]>();
  const queue = [initial];
  const endings = new Set<string>();
  const rejected: string[] = [];
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
      if (after.context.decisions.length === snapshot.context.decisions.length) {
        rejected.push(`${snapshot.context.sceneId}: ${JSON.stringify(event)}`);
        continue;
      }
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
  return { states: seen.size, stuck, endings, rejected };
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
    const result = walk(scenario, coarseKey(scenario));
    expect(result.rejected).toEqual([]);
    expect(result.stuck).toEqual([]);
    expect(result.states).toBeGreaterThan(scenario.scenes.length / 2);
    // Loops would need the meters in the key to prove that every run ends; the bundled scenarios have none.
    expect(sceneGraphIsAcyclic(scenario)).toBe(true);
  });
});
