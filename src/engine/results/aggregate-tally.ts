/** Small counting and ordering helpers for `aggregateResults`. */

/** Code-unit order, the same in every locale. */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries of a tally, highest count first, then by id. */
export function ranked(tally: ReadonlyMap<string, number>): [string, number][] {
  return [...tally].sort((a, b) => b[1] - a[1] || byId(a[0], b[0]));
}

/** A tally as an object whose keys run highest count first, then by id. */
export function rankedRecord(tally: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries(ranked(tally));
}

export function bump(tally: Map<string, number>, key: string, by = 1): void {
  tally.set(key, (tally.get(key) ?? 0) + by);
}

/** The entry for `key`, created by `make` on first use (so a Map keeps first-appearance order). */
export function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Compares "major.minor.patch" versions numerically. */
export function byVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return byId(a, b);
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function average(values: readonly number[], decimals: number): number | null {
  return values.length === 0
    ? null
    : round(values.reduce((s, v) => s + v, 0) / values.length, decimals);
}
