import { describe, expect, it } from 'vitest';
import { layoutSceneGraph } from '../../src/engine/graph/layout';
import { generateScenario } from '../../scripts/generate-scenario';
import { fakeScenario } from '../fixtures/fake-scenario';

describe('scene graph layout', () => {
  it('puts every scene to the left of the scenes it leads to, and rows are unique in a column', () => {
    const layout = layoutSceneGraph(fakeScenario());
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(at.get('call')!.layer).toBe(0);
    for (const edge of layout.edges) expect(at.get(edge.to)!.layer).toBeGreaterThan(at.get(edge.from)!.layer);
    const cells = layout.nodes.map((n) => `${n.layer}:${n.order}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(at.get('call')).toMatchObject({ kind: 'scene', channel: 'phone', timed: true, injects: true });
    expect(at.get('failed')).toMatchObject({ kind: 'ending' });
  });

  it('keeps a loop in one column instead of pushing it right for ever', () => {
    const scenario = fakeScenario();
    scenario.scenes[1]!.responses![1]!.next = 'call';
    const layout = layoutSceneGraph(scenario);
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(at.get('call')!.layer).toBe(at.get('post')!.layer);
  });

  it('marks unreachable scenes and dead ends it is told about', () => {
    const layout = layoutSceneGraph(fakeScenario(), { unreachable: ['post'], deadEnds: ['statement'] });
    expect(layout.nodes.filter((n) => n.unreachable || n.deadEnd).map((n) => n.id)).toEqual(['post', 'statement']);
  });

  it('lays out 5,000 scenes', () => {
    const layout = layoutSceneGraph(generateScenario(5_000));
    expect(layout.nodes).toHaveLength(5_003);
    expect(layout.layers).toBeGreaterThan(100);
  });
});
