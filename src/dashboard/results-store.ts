import { clear, createStore, values, set, type UseStore } from 'idb-keyval';
import type { ResultsRecord } from '../engine/results/results-record';

let store: UseStore | undefined;
function results(): UseStore {
  store ??= createStore('tynda-dashboard', 'results');
  return store;
}

/** Every imported results record, kept in this browser until the trainer clears them. */
export async function listResults(): Promise<ResultsRecord[]> {
  return values<ResultsRecord>(results());
}

/** Keeps records; a record imported twice is kept once (its checksum is its key). */
export async function keepResults(records: readonly ResultsRecord[]): Promise<void> {
  for (const record of records) await set(record.checksum, record, results());
}

export async function clearResults(): Promise<void> {
  await clear(results());
}
