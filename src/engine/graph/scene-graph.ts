import type { Scenario } from '../format/scenario';
import type { Scene } from '../format/scene';
import type { Next } from '../format/effects';
import { targetsOf } from './targets';

/** A way from one scene to a scene or ending: one response (or the compose task) and one of its targets. */
export interface GraphEdge {
  from: number;
  to: number;
  /** The response id, or null for a compose task. */
  responseId: string | null;
}

/**
 * The scenario as a graph with numbered nodes: scenes first (in file order), then endings.
 * Edges to unknown ids are left out; the validator reports them.
 */
export interface SceneGraph {
  ids: string[];
  /** Index of each id. */
  index: Map<string, number>;
  sceneCount: number;
  start: number;
  /** Outgoing edges per node. */
  out: GraphEdge[][];
  /** Incoming node indices per node. */
  incoming: number[][];
}

export function isEnding(graph: SceneGraph, node: number): boolean {
  return node >= graph.sceneCount;
}

/** The responses a scene offers as edges, including the timeout-only one. */
export function sceneExits(scene: Scene): { responseId: string | null; next: Next }[] {
  if (scene.compose) return [{ responseId: null, next: scene.compose.next }];
  return (scene.responses ?? []).map((r) => ({ responseId: r.id, next: r.next }));
}

export function buildSceneGraph(scenario: Scenario): SceneGraph {
  const ids = [...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)];
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const out: GraphEdge[][] = ids.map(() => []);
  const incoming: number[][] = ids.map(() => []);
  scenario.scenes.forEach((scene, from) => {
    for (const exit of sceneExits(scene)) {
      for (const target of targetsOf(exit.next)) {
        const to = index.get(target.id);
        if (to === undefined) continue;
        out[from]?.push({ from, to, responseId: exit.responseId });
        incoming[to]?.push(from);
      }
    }
  });
  return { ids, index, sceneCount: scenario.scenes.length, start: index.get(scenario.start) ?? -1, out, incoming };
}

/** Nodes reachable from the start. */
export function reachableFromStart(graph: SceneGraph): Uint8Array {
  const seen = new Uint8Array(graph.ids.length);
  if (graph.start < 0) return seen;
  const stack = [graph.start];
  seen[graph.start] = 1;
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const edge of graph.out[node] ?? []) {
      if (!seen[edge.to]) {
        seen[edge.to] = 1;
        stack.push(edge.to);
      }
    }
  }
  return seen;
}

/** Nodes from which some ending can be reached (endings included). */
export function canReachEnding(graph: SceneGraph): Uint8Array {
  const ok = new Uint8Array(graph.ids.length);
  const stack: number[] = [];
  for (let node = graph.sceneCount; node < graph.ids.length; node++) {
    ok[node] = 1;
    stack.push(node);
  }
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const from of graph.incoming[node] ?? []) {
      if (!ok[from]) {
        ok[from] = 1;
        stack.push(from);
      }
    }
  }
  return ok;
}
