import type { Evidence } from '../format/effects';
import type { PostLevel } from '../format/ids';
import type { Scenario } from '../format/scenario';
import { appliesToLevel, type FrameworkIndex } from '../framework-index';
import { targetsOf } from './targets';
import { bestWalk, type WeightedGraph } from './best-walk';
import { composeContributions, type Contribution } from './compose-range';
import { stronglyConnectedComponents } from './condensation';

/** Score range of one competency over every complete path (start to an ending). */
export interface CompetencyRange {
  /** Lowest net score Σ(weight × polarity) on any complete path; null when a loop makes it unbounded. */
  min: number | null;
  /** Highest net score on any complete path; null when a loop makes it unbounded. */
  max: number | null;
  /** Fewest observations on any complete path: below 3, some trainees get "not enough evidence". */
  minObservations: number;
}

/** What `npm run analyze` reports about a scenario. */
export interface Analysis {
  scenes: number;
  responses: number;
  endings: number;
  reachableEndings: string[];
  unreachableScenes: string[];
  /** Scenes from which no ending can be reached. */
  deadEnds: string[];
  /** Fewest decisions from the start to an ending; null when no ending is reachable. */
  shortestPath: number | null;
  /** Most decisions from the start to an ending; null when a loop makes it unbounded or no ending is reachable. */
  longestPath: number | null;
  /** Responses and fragments that carry no evidence, as "scene/response". */
  withoutEvidence: string[];
  /** Per claimed competency, the most conservative range over the scenario's post levels. */
  competencies: Record<string, CompetencyRange>;
}

interface Edge {
  from: number;
  to: number;
  /** Scene index whose compose task this edge issues, or −1. */
  compose: number;
  evidence: readonly Evidence[];
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Analyses a valid scenario in time linear in its graph: dynamic programming over the scene
 * graph's strongly connected components, never path enumeration. Routing conditions are treated
 * as all possible, so ranges are bounds over every path the graph allows.
 */
export function analyzeScenario(scenario: Scenario, fw: FrameworkIndex): Analysis {
  const ids = [...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)];
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.has(id) || indexOf.set(id, i));
  const sceneCount = scenario.scenes.length;
  const edges: Edge[] = [];
  const withoutEvidence: string[] = [];
  let responses = 0;
  scenario.scenes.forEach((scene, from) => {
    const exits = scene.compose
      ? [{ next: scene.compose.next, evidence: [] as readonly Evidence[], compose: from }]
      : (scene.responses ?? []).map((r) => ({ next: r.next, evidence: r.evidence, compose: -1 }));
    responses += exits.length;
    scene.responses?.forEach((r) => r.evidence.length === 0 && withoutEvidence.push(`${scene.id}/${r.id}`));
    scene.compose?.fragments.forEach((f) => f.evidence.length === 0 && withoutEvidence.push(`${scene.id}/${f.id}`));
    for (const exit of exits) {
      for (const target of targetsOf(exit.next)) {
        const to = indexOf.get(target.id);
        if (to !== undefined) edges.push({ from, to, compose: exit.compose, evidence: exit.evidence });
      }
    }
  });

  const start = indexOf.get(scenario.start) ?? -1;
  const out: { to: number; edge: number }[][] = ids.map(() => []);
  const incoming: number[][] = ids.map(() => []);
  edges.forEach((e, i) => {
    out[e.from]?.push({ to: e.to, edge: i });
    incoming[e.to]?.push(e.from);
  });

  const reachable = mark(start >= 0 ? [start] : [], (n) => (out[n] ?? []).map((e) => e.to), ids.length);
  const endingIndices = ids.map((_, n) => n).filter((n) => n >= sceneCount);
  const ends = mark(endingIndices, (n) => incoming[n] ?? [], ids.length);

  // Only nodes on some complete path matter for path lengths and score ranges.
  const live = (n: number): boolean => reachable[n] === 1 && ends[n] === 1;
  const liveOut = out.map((list, n) => (live(n) ? list.filter((e) => live(e.to)) : []));
  const components = stronglyConnectedComponents(ids.length, (n) => (liveOut[n] ?? []).map((e) => e.to));
  const componentOf = new Int32Array(ids.length);
  components.forEach((members, c) => members.forEach((n) => (componentOf[n] = c)));
  const graph: WeightedGraph = { nodeCount: ids.length, out: liveOut, components, componentOf };

  const endingNodes = ids.map((_, n) => n).filter((n) => n >= sceneCount && live(n));
  const bestAtEndings = (weight: (edge: number) => number, sense: 1 | -1): number => {
    const values = bestWalk(graph, live(start) ? start : -1, weight, sense);
    let best = sense === 1 ? -Infinity : Infinity;
    for (const n of endingNodes) {
      const v = values[n] as number;
      best = sense === 1 ? Math.max(best, v) : Math.min(best, v);
    }
    return best;
  };

  const hasEnding = endingNodes.length > 0;
  const shortest = hasEnding ? bestAtEndings(() => 1, -1) : Infinity;
  const longest = hasEnding ? bestAtEndings(() => 1, 1) : Infinity;

  const competencies: Record<string, CompetencyRange> = {};
  for (const competency of scenario.competencies) {
    const range = { min: Infinity, max: -Infinity, minObservations: Infinity };
    for (const level of scenario.postLevels) {
      const weigh = (evidence: readonly Evidence[]): Contribution => contribution(evidence, fw, competency, level);
      const composeCache = new Map<number, { minObs: number; minNet: number; maxNet: number }>();
      const composeRange = (sceneIndex: number) => {
        let cached = composeCache.get(sceneIndex);
        if (!cached) {
          const task = scenario.scenes[sceneIndex]?.compose;
          const options = task ? composeContributions(task, weigh) : [{ observations: 0, net: 0 }];
          cached = {
            minObs: Math.min(...options.map((o) => o.observations)),
            minNet: Math.min(...options.map((o) => o.net)),
            maxNet: Math.max(...options.map((o) => o.net)),
          };
          composeCache.set(sceneIndex, cached);
        }
        return cached;
      };
      const edgeContribution = edges.map((e) => (e.compose >= 0 ? null : weigh(e.evidence)));
      const net = (edge: number, pick: 'minNet' | 'maxNet'): number => {
        const c = edgeContribution[edge];
        return c ? c.net : composeRange((edges[edge] as Edge).compose)[pick];
      };
      const observations = (edge: number): number => {
        const c = edgeContribution[edge];
        return c ? c.observations : composeRange((edges[edge] as Edge).compose).minObs;
      };
      if (!hasEnding) continue;
      range.max = Math.max(range.max, bestAtEndings((e) => net(e, 'maxNet'), 1));
      range.min = Math.min(range.min, bestAtEndings((e) => net(e, 'minNet'), -1));
      range.minObservations = Math.min(range.minObservations, bestAtEndings(observations, -1));
    }
    competencies[competency] = {
      min: hasEnding ? finite(range.min) : null,
      max: hasEnding ? finite(range.max) : null,
      minObservations: Number.isFinite(range.minObservations) ? range.minObservations : 0,
    };
  }

  return {
    scenes: sceneCount,
    responses,
    endings: scenario.endings.length,
    reachableEndings: scenario.endings.filter((_, i) => reachable[sceneCount + i]).map((e) => e.id),
    unreachableScenes: scenario.scenes.filter((_, i) => !reachable[i]).map((s) => s.id),
    deadEnds: scenario.scenes.filter((_, i) => !ends[i]).map((s) => s.id),
    shortestPath: finite(shortest),
    longestPath: finite(longest),
    withoutEvidence,
    competencies,
  };
}

/** Marks every node reachable from the seeds along `next`. */
function mark(seeds: readonly number[], next: (node: number) => readonly number[], size: number): Uint8Array {
  const marked = new Uint8Array(size);
  const stack = [...seeds];
  for (const seed of seeds) marked[seed] = 1;
  while (stack.length > 0) {
    for (const to of next(stack.pop() as number)) {
      if (!marked[to]) {
        marked[to] = 1;
        stack.push(to);
      }
    }
  }
  return marked;
}

function contribution(evidence: readonly Evidence[], fw: FrameworkIndex, competency: string, level: PostLevel): Contribution {
  let observations = 0;
  let net = 0;
  for (const e of evidence) {
    const indicator = fw.indicators.get(e.indicator);
    if (!indicator || indicator.competency !== competency || !appliesToLevel(indicator, level)) continue;
    observations++;
    net += (e.weight ?? 1) * indicator.sign;
  }
  return { observations, net };
}
