import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { storageStatus, type UnreadableCopy } from './storage-status';

/** The key prefix under which unreadable copies are kept. */
export const UNREADABLE_PREFIX = 'tynda:unreadable:';

function browserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = '__tynda_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function keepUnreadable(
  storage: Storage | null,
  copy: Omit<UnreadableCopy, 'key'>,
  name: string,
): void {
  const key = `${UNREADABLE_PREFIX}${name}:${copy.savedAt}`;
  try {
    storage?.setItem(key, copy.raw);
  } catch {
    // Kept in memory below even if storage refuses it.
  }
  storageStatus.setState((s) => ({ unreadable: [...s.unreadable, { key, ...copy }] }));
}

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'state' in value &&
    typeof (value as { state: unknown }).state === 'object'
  );
}

/**
 * A storage for zustand's persist middleware that never loses work: an unreadable or too-new saved
 * state is kept under another key (and reported) instead of being overwritten; a failure to save
 * (storage full, private mode) is reported; without localStorage it keeps the state in memory.
 */
export function safeStorage<S>(currentVersion: number): PersistStorage<S> {
  const storage = browserStorage();
  const memory = new Map<string, string>();
  if (!storage) storageStatus.setState({ writeError: 'unavailable' });
  return {
    getItem: (name) => {
      const raw = storage ? storage.getItem(name) : (memory.get(name) ?? null);
      if (raw === null) return null;
      const savedAt = new Date().toISOString();
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        keepUnreadable(storage, { savedAt, raw, reason: 'corrupt' }, name);
        return null;
      }
      if (!isStorageValue(parsed)) {
        keepUnreadable(storage, { savedAt, raw, reason: 'corrupt' }, name);
        return null;
      }
      if (typeof parsed.version === 'number' && parsed.version > currentVersion) {
        keepUnreadable(storage, { savedAt, raw, reason: 'too-new' }, name);
        return null;
      }
      return parsed as StorageValue<S>;
    },
    setItem: (name, value) => {
      const raw = JSON.stringify(value);
      if (!storage) {
        memory.set(name, raw);
        return;
      }
      try {
        storage.setItem(name, raw);
        if (storageStatus.getState().writeError) storageStatus.setState({ writeError: null });
      } catch (error) {
        const full =
          error instanceof DOMException &&
          (error.name === 'QuotaExceededError' || error.code === 22);
        storageStatus.setState({ writeError: full ? 'full' : 'unavailable' });
      }
    },
    removeItem: (name) => {
      try {
        storage?.removeItem(name);
      } catch {
        // Nothing to lose.
      }
      memory.delete(name);
    },
  };
}
