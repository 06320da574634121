import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../../src/engine/graph/analyze';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

describe('analysis', () => {
  it('reports counts, reachable endings, path lengths and per-competency ranges', () => {
    const a = analyzeScenario(fakeScenario(), framework());
    expect(a).toMatchObject({ scenes: 3, responses: 6, endings: 3, unreachableScenes: [], deadEnds: [], shortestPath: 2, longestPath: 3, withoutEvidence: [] });
    expect(a.reachableEndings).toEqual(['resolved', 'partial', 'failed']);
    // EMP best: empathise (+2), inform (+1), then (routing allows it) a statement with empathy and
    // action in order (+1 +1) = 5. Worst: argue (−2), wait, a statement without empathy (−1) = −3.
    expect(a.competencies.EMP).toEqual({ min: -3, max: 5, minObservations: 1 });
    // INFO best: inform (+3), a statement with action (+1) = 4. Worst: silence (−1), wait (−2),
    // "under control" (−1) and no action (−1) = −5. Fewest: empathise, inform, resolved = 2.
    expect(a.competencies.INFO).toEqual({ min: -5, max: 4, minObservations: 2 });
  });

  it('reports unreachable scenes and dead ends', () => {
    const scenario = fakeScenario();
    scenario.scenes.push({ ...structuredClone(scenario.scenes[1]!), id: 'orphan' });
    scenario.scenes[1]!.responses![1]!.next = 'loop';
    scenario.scenes.push({ id: 'loop', channel: 'meeting', text: 'x', responses: [{ id: 'again', text: 'x', next: 'loop', evidence: [], feedback: 'x' }] });
    const a = analyzeScenario(scenario, framework());
    expect(a.unreachableScenes).toEqual(['orphan']);
    expect(a.deadEnds).toEqual(['loop']);
    expect(a.withoutEvidence).toEqual(['loop/again']);
  });

  it('reports an unbounded longest path and score when a loop can repeat evidence', () => {
    const scenario = fakeScenario();
    scenario.scenes[1]!.responses![1]!.next = 'call';
    const a = analyzeScenario(scenario, framework());
    expect(a.longestPath).toBeNull();
    expect(a.shortestPath).toBe(2);
    expect(a.competencies.EMP!.max).toBeNull();
    expect(a.competencies.INFO!.min).toBeNull();
  });

  it('keeps a bounded score through a loop whose evidence cannot accumulate gain', () => {
    const scenario = fakeScenario();
    // "wait" loops back to the call; the loop costs INFO (−2) each time, so INFO's maximum stays bounded.
    scenario.scenes[1]!.responses![1]!.next = 'call';
    const a = analyzeScenario(scenario, framework());
    expect(a.competencies.INFO!.max).toBe(4);
  });

  it('takes the most conservative range over the scenario’s post levels', () => {
    const scenario = fakeScenario({ postLevels: ['C', 'B'], competencies: ['EMP', 'INFO', 'COOP'] });
    scenario.scenes[0]!.responses!.forEach((r) => r.evidence.push({ indicator: 'COOP.C.builds-trust' }, { indicator: 'COOP.B.interagency' }));
    scenario.scenes[1]!.responses![0]!.evidence.push({ indicator: 'COOP.C.shares-knowledge' });
    const a = analyzeScenario(scenario, framework());
    expect(a.competencies.COOP).toEqual({ min: 1, max: 2, minObservations: 1 });
  });
});
