import { createActor, SimulatedClock } from 'xstate';
import type { RunContext } from '../../src/engine/machine/run.types';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/machine/compile';
import { playScenario } from '../../src/engine/run/headless';
import { fakeScenario } from '../fixtures/fake-scenario';

describe('compilation', () => {
  it('makes scenes states and endings final states', () => {
    const machine = compileScenario(fakeScenario());
    expect(Object.keys(machine.states)).toEqual(['call', 'post', 'statement', 'resolved', 'partial', 'failed']);
    expect(machine.states.resolved!.type).toBe('final');
    expect(machine.states.call!.states.deciding!.after.length).toBeGreaterThan(0);
  });

  it('plays a path, applying effects, flags, clock and evidence, and routes on a meter after the effects', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'empathise' }, { respond: 'inform' }]);
    expect(run.done).toBe(true);
    expect(run.context.endingId).toBe('resolved');
    expect(run.context.meters).toEqual({ trust: 60, tension: 30 });
    expect(run.context.flags).toContain('statementIssued');
    expect(run.context.clock).toBe(45);
    expect(run.context.decisions.map((d) => [d.sceneId, d.responseId, d.clock])).toEqual([
      ['call', 'empathise', 10],
      ['post', 'inform', 45],
    ]);
    expect(run.context.evidence.map((e) => e.indicator)).toEqual(['EMP.acknowledges-feelings', 'INFO.known-unknown', 'INFO.golden-hour', 'EMP.next-step']);
  });

  it('takes the other route when the meter is too low', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'argue' }, { respond: 'inform' }]);
    expect(run.context.sceneId).toBe('statement');
    expect(run.done).toBe(false);
  });

  it('ignores a response that the scene does not offer and a timeout-only response chosen by hand', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'nonsense' }, { respond: 'silence' }]);
    expect(run.rejected).toHaveLength(2);
    expect(run.context.sceneId).toBe('call');
  });

  it('clamps meters to their range', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'argue' }], { input: { meters: { trust: 5 } } });
    expect(run.context.meters.trust).toBe(0);
  });

  it('can start a play-test from any scene with meters, flags and clock set by hand', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'inform' }], { startSceneId: 'post', input: { meters: { trust: 90 }, clock: 5, flags: ['rumour'] } });
    expect(run.context.endingId).toBe('resolved');
    expect(run.context.clock).toBe(35);
  });
});

describe('timers', () => {
  it('takes the timeout response when the limit expires, and scores the silence', () => {
    const run = playScenario(fakeScenario(), [{ timeout: true }]);
    expect(run.context.sceneId).toBe('post');
    expect(run.context.decisions[0]).toMatchObject({ responseId: 'silence', timedOut: true, elapsedMs: 20000 });
    expect(run.context.evidence[0]).toMatchObject({ indicator: 'INFO.silence', source: { kind: 'response', responseId: 'silence', timedOut: true } });
  });

  it('does not fire before the limit', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(fakeScenario()), { clock, input: {} }).start();
    clock.increment(19_999);
    expect(actor.getSnapshot().context.sceneId).toBe('call');
    clock.increment(1);
    expect(actor.getSnapshot().context.sceneId).toBe('post');
  });

  it('cancels the timer once the trainee responds', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(fakeScenario()), { clock, input: {} }).start();
    actor.send({ type: 'RESPOND', responseId: 'empathise' });
    clock.increment(60_000);
    expect(actor.getSnapshot().context.decisions).toHaveLength(1);
  });
});

describe('injects', () => {
  it('delivers a real-time inject while the trainee hesitates', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(fakeScenario()), { clock, input: {} }).start();
    clock.increment(10_000);
    const feed = actor.getSnapshot().context.transcript.filter((e) => e.kind === 'feed');
    expect(feed).toEqual([{ kind: 'feed', origin: { from: 'scene-inject', sceneId: 'call', inject: 0, index: 0 }, clock: 10 }]);
  });

  it('delivers the story-clock rumour at T+60 when no statement was issued, and it changes the story', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'empathise' }, { respond: 'wait' }, { compose: ['feel', 'doing'] }]);
    expect(run.context.injectsDelivered).toEqual(['rumour-post']);
    expect(run.context.flags).toContain('rumour');
    expect(run.context.endingId).toBe('failed');
  });

  it('does not deliver it when the trainee acted in time', () => {
    const scenario = fakeScenario();
    scenario.injects![0]!.at = 70;
    const run = playScenario(scenario, [{ respond: 'empathise' }, { respond: 'inform' }]);
    expect(run.context.injectsDelivered).toEqual([]);
  });
});

describe('the compose task', () => {
  it('scores each element, the missing ones and the order', () => {
    const run = playScenario(fakeScenario(), [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['doing', 'calm'] }]);
    expect(run.context.endingId).toBe('partial');
    const compose = run.context.evidence.filter((e) => e.sceneId === 'statement');
    expect(compose.map((e) => [e.source.kind, e.indicator])).toEqual([
      ['fragment', 'INFO.known-unknown'],
      ['fragment', 'INFO.withholds'],
      ['missing-element', 'EMP.argues-facts'],
    ]);
  });

  it('rewards the recommended order and penalises the reverse', () => {
    const inOrder = playScenario(fakeScenario(), [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['feel', 'doing'] }]);
    const reversed = playScenario(fakeScenario(), [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['doing', 'feel'] }]);
    expect(inOrder.context.evidence.at(-1)).toMatchObject({ indicator: 'EMP.lets-finish', source: { kind: 'order', followed: true } });
    expect(reversed.context.evidence.at(-1)).toMatchObject({ indicator: 'EMP.argues-facts', source: { kind: 'order', followed: false } });
  });

  it('refuses a statement with too few, too many, repeated or unknown fragments', () => {
    for (const fragments of [['feel'], ['feel', 'doing', 'calm', 'feel'], ['feel', 'feel'], ['feel', 'ghost']]) {
      const run = playScenario(fakeScenario(), [{ respond: 'argue' }, { respond: 'inform' }, { compose: fragments }]);
      expect(run.context.sceneId).toBe('statement');
      expect(run.rejected).toHaveLength(1);
    }
  });
});

describe('persistence', () => {
  it('restores a run exactly from a persisted snapshot that went through JSON', () => {
    const machine = compileScenario(fakeScenario());
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'RESPOND', responseId: 'argue' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    const restored = createActor(machine, { snapshot: saved, input: {} }).start();
    expect(restored.getSnapshot().value).toEqual({ post: 'deciding' });
    expect(restored.getSnapshot().context).toEqual(saved.context);
    restored.send({ type: 'RESPOND', responseId: 'inform' });
    expect(restored.getSnapshot().context.sceneId).toBe('statement');
    expect(restored.getSnapshot().context.transcript.filter((e) => e.kind === 'scene')).toHaveLength(3);
  });
});

describe('resuming', () => {
  it('restarts a timed decision that was interrupted, so its timer fires again', async () => {
    const { prepareForResume } = await import('../../src/engine/run/resume');
    const machine = compileScenario(fakeScenario());
    const first = new SimulatedClock();
    const actor = createActor(machine, { clock: first, input: {} }).start();
    first.increment(5_000);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    const snapshot = prepareForResume(saved, Object.keys(machine.states));
    expect(snapshot).not.toBeNull();
    const second = new SimulatedClock();
    const resumed = createActor(machine, { clock: second, input: {}, snapshot: snapshot! }).start();
    resumed.send({ type: 'CONTINUE' });
    second.increment(20_000);
    expect(resumed.getSnapshot().context.decisions[0]).toMatchObject({ responseId: 'silence', timedOut: true });
  });

  it('counts a resumed decision on from the time already spent, without repeating an inject', async () => {
    const { prepareForResume } = await import('../../src/engine/run/resume');
    const machine = compileScenario(fakeScenario());
    const first = new SimulatedClock();
    const actor = createActor(machine, { clock: first, input: {} }).start();
    first.increment(12_000); // the 10-second inject has arrived
    const hurry = (context: RunContext) => context.transcript.filter((entry) => entry.kind === 'feed' && entry.origin.from === 'scene-inject').length;
    expect(hurry(actor.getSnapshot().context)).toBe(1);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    const second = new SimulatedClock();
    const resumed = createActor(machine, { clock: second, input: {}, snapshot: prepareForResume(saved, Object.keys(machine.states), 12_000)! }).start();
    resumed.send({ type: 'CONTINUE' });
    second.increment(7_900);
    expect(resumed.getSnapshot().context.decisions).toHaveLength(0);
    expect(hurry(resumed.getSnapshot().context)).toBe(1);
    second.increment(100); // 12 s before the reload + 8 s after: the 20-second limit
    expect(resumed.getSnapshot().context.decisions[0]).toMatchObject({ sceneId: 'call', responseId: 'silence', timedOut: true });
    // The next decision's timer starts from zero again.
    expect(resumed.getSnapshot().context.resumedAfterMs ?? 0).toBe(0);
  });

  it('refuses a snapshot of another shape', async () => {
    const { prepareForResume } = await import('../../src/engine/run/resume');
    const states = Object.keys(compileScenario(fakeScenario()).states);
    expect(prepareForResume({ value: { nowhere: 'deciding' }, context: { sceneId: 'nowhere' } }, states)).toBeNull();
    expect(prepareForResume('garbage', states)).toBeNull();
    expect(prepareForResume({ value: { call: 'deciding' }, context: { sceneId: 'post' } }, states)).toBeNull();
  });
});

describe('fragments with consequences', () => {
  it('applies the effects and flags of the chosen fragments before routing', () => {
    const scenario = fakeScenario();
    const calm = scenario.scenes[2]!.compose!.fragments[2]!;
    calm.effects = { trust: -15 };
    calm.setFlags = ['rumour'];
    const withCalm = playScenario(scenario, [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['doing', 'calm'] }]);
    expect(withCalm.context.meters.trust).toBe(15);
    expect(withCalm.context.endingId).toBe('failed');
    const without = playScenario(scenario, [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['doing', 'feel'] }]);
    expect(without.context.meters.trust).toBe(30);
    expect(without.context.endingId).toBe('partial');
  });

  it('reports an unknown meter or flag on a fragment', async () => {
    const { validateScenarioValue } = await import('../../src/engine/validate/validate');
    const { framework } = await import('../fixtures/framework');
    const scenario = fakeScenario();
    scenario.scenes[2]!.compose!.fragments[2]!.effects = { trsut: -1 };
    scenario.scenes[2]!.compose!.fragments[2]!.setFlags = ['rumor'];
    const codes = validateScenarioValue(scenario, framework()).diagnostics.map((d) => [d.code, d.pointer]);
    expect(codes).toEqual([
      ['unknown-meter', '/scenes/2/compose/fragments/2/effects/trsut'],
      ['unknown-flag', '/scenes/2/compose/fragments/2/setFlags/0'],
    ]);
  });
});

describe('seminar pace', () => {
  it('lets a group take its time: with time limits off, the timer never decides', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(fakeScenario()), { clock, input: { noTimeLimits: true } }).start();
    clock.increment(120_000);
    expect(actor.getSnapshot().context.decisions).toHaveLength(0);
    actor.send({ type: 'RESPOND', responseId: 'empathise' });
    expect(actor.getSnapshot().context.sceneId).toBe('post');
  });
});
