/** A weighted edge list over numbered nodes. */
export interface WeightedGraph {
  nodeCount: number;
  /** Outgoing edges per node: target and edge index. */
  out: readonly (readonly { to: number; edge: number }[])[];
  /** Strongly connected components in reverse topological order. */
  components: readonly (readonly number[])[];
  /** Component of each node. */
  componentOf: Int32Array;
}

/**
 * The best total weight of any walk from `start` to each node, maximising (or minimising with
 * `sense` = −1). Components are processed in topological order; inside a component with a cycle,
 * Bellman–Ford relaxation runs to a fixed point, and a cycle that keeps improving makes the value
 * unbounded (±Infinity). Linear in the graph for acyclic parts; cycles cost their own size squared.
 */
export function bestWalk(graph: WeightedGraph, start: number, weight: (edge: number) => number, sense: 1 | -1): Float64Array {
  const worst = -Infinity;
  const value = new Float64Array(graph.nodeCount).fill(worst);
  if (start < 0) return value;
  value[start] = 0;
  const relax = (node: number, sameComponentOnly: boolean): boolean => {
    const from = value[node] as number;
    if (from === worst) return false;
    let changed = false;
    const component = graph.componentOf[node];
    for (const { to, edge } of graph.out[node] ?? []) {
      if (sameComponentOnly && graph.componentOf[to] !== component) continue;
      const candidate = from + sense * weight(edge);
      if (candidate > (value[to] as number)) {
        value[to] = candidate;
        changed = true;
      }
    }
    return changed;
  };
  for (let c = graph.components.length - 1; c >= 0; c--) {
    const members = graph.components[c] as readonly number[];
    const first = members[0] as number;
    const cyclic = members.length > 1 || (graph.out[first] ?? []).some((e) => e.to === first);
    if (cyclic) {
      let changed = true;
      for (let round = 0; round < members.length && changed; round++) {
        changed = false;
        for (const node of members) if (relax(node, true)) changed = true;
      }
      if (changed) {
        for (const node of members) if ((value[node] as number) !== worst) value[node] = Infinity;
        let spreading = true;
        while (spreading) {
          spreading = false;
          for (const node of members) {
            if (value[node] !== Infinity) continue;
            for (const { to } of graph.out[node] ?? []) {
              if (graph.componentOf[to] === c && value[to] !== Infinity) {
                value[to] = Infinity;
                spreading = true;
              }
            }
          }
        }
      }
    }
    for (const node of members) relax(node, false);
  }
  if (sense === -1) for (let i = 0; i < value.length; i++) value[i] = -(value[i] as number);
  return value;
}
