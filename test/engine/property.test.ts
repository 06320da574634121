import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenarioText, validateScenarioValue } from '../../src/engine/validate/validate';
import { playScenario, type Move } from '../../src/engine/run/headless';
import type { Scenario } from '../../src/engine/format/scenario';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** A random walk: at each scene pick a random offered response, a random valid statement, or a timeout. */
function randomWalk(scenario: Scenario, random: () => number, maxSteps = 500): { ended: boolean } {
  const moves: Move[] = [];
  let run = playScenario(scenario, moves);
  for (let step = 0; step < maxSteps && !run.done; step++) {
    const scene = scenario.scenes.find((s) => s.id === run.context.sceneId)!;
    let move: Move;
    if (scene.compose) {
      const ids = scene.compose.fragments.map((f) => f.id).sort(() => random() - 0.5);
      const count = scene.compose.minFragments + Math.floor(random() * (scene.compose.maxFragments - scene.compose.minFragments + 1));
      move = { compose: ids.slice(0, count) };
    } else {
      const offered = scene.responses!.filter((r) => !r.timeoutOnly);
      move = scene.timeLimit && random() < 0.2 ? { timeout: true } : { respond: offered[Math.floor(random() * offered.length)]!.id };
    }
    moves.push(move);
    run = playScenario(scenario, moves);
  }
  return { ended: run.done };
}

describe('properties', () => {
  it('validate never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = validateScenarioText(text, framework());
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('validate never throws on arbitrary JSON values, nor on mutations of a valid scenario', () => {
    const base = fakeScenario() as unknown as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...keys), fc.jsonValue(), (anything, key, value) => {
        validateScenarioText(JSON.stringify(anything), framework());
        const mutated = { ...base, [key]: value };
        const result = validateScenarioValue(mutated, framework());
        if (result.ok) expect(result.value).toBeDefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('any scenario it accepts compiles, and a random walk through it ends in an ending', () => {
    // Random scenarios: a chain of scenes whose responses jump to random later scenes or endings,
    // sometimes back to earlier ones (loops), with a random time limit. Only accepted ones are played.
    const arbitraryScenario = fc.record({
      sizes: fc.integer({ min: 1, max: 8 }),
      seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 40, maxLength: 40 }),
    });
    fc.assert(
      fc.property(arbitraryScenario, fc.integer(), ({ sizes, seed }, walkSeed) => {
        const template = fakeScenario();
        const endings = template.endings.map((e) => e.id);
        let cursor = 0;
        const pick = () => seed[cursor++ % seed.length]!;
        const scenes = Array.from({ length: sizes }, (_, i) => {
          const responses = Array.from({ length: 1 + (pick() % 3) }, (_, r) => {
            const roll = pick();
            const next = roll % 4 === 0 ? endings[roll % 3]! : roll % 7 === 0 ? `s${roll % (i + 1)}` : i + 1 < sizes ? `s${i + 1 + (roll % (sizes - i - 1 || 1))}` : endings[0]!;
            return { id: `r${r}`, text: 'x', next, evidence: [{ indicator: 'EMP.next-step' }], feedback: 'x' };
          });
          return { id: `s${i}`, channel: 'phone' as const, text: 'x', responses, ...(pick() % 3 === 0 ? { timeLimit: { seconds: 10, onTimeout: 'r0' } } : {}) };
        });
        const candidate = { ...template, competencies: ['EMP'], start: 's0', scenes, injects: [] };
        const result = validateScenarioValue(candidate, framework());
        if (!result.value) return;
        let state = walkSeed;
        const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) & 0xffff) / 0x10000;
        expect(randomWalk(result.value, random).ended).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
