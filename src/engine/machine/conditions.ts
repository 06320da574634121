import type { Condition } from '../format/condition';
import type { Next } from '../format/effects';

/** What a condition can read. */
export interface ConditionState {
  meters: Readonly<Record<string, number>>;
  flags: readonly string[];
  clock: number;
}

function compare(left: number, op: string, right: number): boolean {
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    default:
      return left !== right;
  }
}

/** Evaluates a condition; unknown meters read as 0. */
export function evaluate(condition: Condition, state: ConditionState): boolean {
  if ('meter' in condition) return compare(state.meters[condition.meter] ?? 0, condition.op, condition.value);
  if ('flag' in condition) return state.flags.includes(condition.flag) === (condition.is ?? true);
  if ('clock' in condition) return compare(state.clock, condition.clock, condition.minutes);
  if ('all' in condition) return condition.all.every((c) => evaluate(c, state));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, state));
  return !evaluate(condition.not, state);
}

/** The index of the route taken (−1 for `otherwise`, or for a plain target). */
export function routeIndex(next: Next, state: ConditionState): number {
  if (typeof next === 'string') return -1;
  return next.routes.findIndex((route) => evaluate(route.when, state));
}

/** The scene or ending a `next` leads to in this state. */
export function resolveNext(next: Next, state: ConditionState): string {
  if (typeof next === 'string') return next;
  const index = routeIndex(next, state);
  return index >= 0 ? (next.routes[index]?.goto ?? next.otherwise) : next.otherwise;
}
