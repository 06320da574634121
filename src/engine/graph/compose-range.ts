import type { ComposeTask } from '../format/compose';
import type { Evidence } from '../format/effects';
import { followsOrder } from '../machine/step';

/** Per-observation contribution of one statement to one competency: observations and net score. */
export interface Contribution {
  observations: number;
  net: number;
}

/**
 * Every distinct (observations, net score) a compose task can produce for one competency, found by
 * enumerating the allowed selections (at most 12 fragments, so at most 4,096 subsets) and both orders.
 */
export function composeContributions(task: ComposeTask, weigh: (evidence: readonly Evidence[]) => Contribution): Contribution[] {
  const fragments = task.fragments;
  const results = new Map<string, Contribution>();
  const add = (c: Contribution): void => {
    results.set(`${c.observations}:${c.net}`, c);
  };
  for (let mask = 1; mask < 1 << fragments.length; mask++) {
    const chosen = fragments.filter((_, i) => mask & (1 << i));
    if (chosen.length < task.minFragments || chosen.length > task.maxFragments) continue;
    const base: Contribution = { observations: 0, net: 0 };
    const accumulate = (evidence: readonly Evidence[]): void => {
      const c = weigh(evidence);
      base.observations += c.observations;
      base.net += c.net;
    };
    for (const f of chosen) accumulate(f.evidence);
    const present = new Set(chosen.map((f) => f.element));
    for (const element of task.elements) if (!present.has(element.id)) accumulate(element.missing.evidence);
    const order = task.order;
    const judged = order ? followsOrder(chosen.map((f) => f.element), order.sequence) : null;
    if (order && judged !== null) {
      for (const evidence of [order.followed, order.broken]) {
        const c = weigh(evidence);
        add({ observations: base.observations + c.observations, net: base.net + c.net });
      }
    } else add(base);
  }
  return [...results.values()];
}
