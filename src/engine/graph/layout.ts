import type { Scenario } from '../format/scenario';
import { stronglyConnectedComponents } from './condensation';
import { targetsOf } from './targets';

/** Where a scene or ending is drawn, and what to mark on it. */
export interface LaidOutNode {
  id: string;
  kind: 'scene' | 'ending';
  /** Column: scenes further along the story are further right. */
  layer: number;
  /** Row within the column. */
  order: number;
  channel?: string;
  timed: boolean;
  injects: boolean;
  unreachable: boolean;
  deadEnd: boolean;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  /** The response id, or null for a compose task. */
  responseId: string | null;
}

export interface SceneGraphLayout {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  layers: number;
}

/**
 * Lays the scene graph out in columns in time linear in the graph: loops are collapsed into their
 * strongly connected components, each component's column is the longest path to it from the start,
 * and each column is ordered by the average row of its predecessors (one barycentre sweep). General
 * layout libraries take seconds at a few thousand scenes; this takes milliseconds.
 */
export function layoutSceneGraph(scenario: Scenario, marks: { unreachable: readonly string[]; deadEnds: readonly string[] } = { unreachable: [], deadEnds: [] }): SceneGraphLayout {
  const ids = [...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)];
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges: LaidOutEdge[] = [];
  const out: number[][] = ids.map(() => []);
  for (const scene of scenario.scenes) {
    const exits = scene.compose ? [{ responseId: null, next: scene.compose.next }] : (scene.responses ?? []).map((r) => ({ responseId: r.id, next: r.next }));
    for (const exit of exits) {
      for (const target of targetsOf(exit.next)) {
        const to = index.get(target.id);
        if (to === undefined) continue;
        edges.push({ from: scene.id, to: target.id, responseId: exit.responseId });
        out[index.get(scene.id) as number]?.push(to);
      }
    }
  }
  const components = stronglyConnectedComponents(ids.length, (n) => out[n] ?? []);
  const componentOf = new Int32Array(ids.length);
  components.forEach((members, c) => members.forEach((n) => (componentOf[n] = c)));
  // Components come in reverse topological order: walk them backwards to push columns forward.
  const componentLayer = new Int32Array(components.length);
  for (let c = components.length - 1; c >= 0; c--) {
    for (const node of components[c] ?? []) {
      for (const to of out[node] ?? []) {
        const target = componentOf[to] as number;
        if (target !== c) componentLayer[target] = Math.max(componentLayer[target] as number, (componentLayer[c] as number) + 1);
      }
    }
  }
  const layerOf = ids.map((_, n) => componentLayer[componentOf[n] as number] as number);
  const layers = Math.max(0, ...layerOf) + 1;
  const columns: number[][] = Array.from({ length: layers }, () => []);
  ids.forEach((_, n) => columns[layerOf[n] as number]?.push(n));
  const incoming: number[][] = ids.map(() => []);
  out.forEach((targets, from) => targets.forEach((to) => incoming[to]?.push(from)));
  const row = new Float64Array(ids.length);
  for (const column of columns) {
    const weight = (n: number) => {
      const preds = (incoming[n] ?? []).filter((p) => (layerOf[p] as number) < (layerOf[n] as number));
      return preds.length ? preds.reduce((sum, p) => sum + (row[p] as number), 0) / preds.length : n;
    };
    column.sort((a, b) => weight(a) - weight(b) || a - b).forEach((n, i) => (row[n] = i));
  }
  const unreachable = new Set(marks.unreachable);
  const deadEnds = new Set(marks.deadEnds);
  const nodes: LaidOutNode[] = ids.map((id, n) => {
    const scene = n < scenario.scenes.length ? scenario.scenes[n] : undefined;
    const node: LaidOutNode = {
      id,
      kind: scene ? 'scene' : 'ending',
      layer: layerOf[n] as number,
      order: row[n] as number,
      timed: Boolean(scene?.timeLimit),
      injects: Boolean(scene?.injects?.length),
      unreachable: unreachable.has(id),
      deadEnd: deadEnds.has(id),
    };
    if (scene) node.channel = scene.channel;
    return node;
  });
  return { nodes, edges, layers };
}
