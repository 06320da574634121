import { createStore } from 'zustand/vanilla';

/** A saved copy that could not be read, kept so that it can be exported. */
export interface UnreadableCopy {
  key: string;
  savedAt: string;
  raw: string;
  reason: 'corrupt' | 'too-new';
}

/** What went wrong with the browser's storage, for the app to say so instead of failing silently. */
export interface StorageStatus {
  unreadable: UnreadableCopy[];
  /** The last failure to save, e.g. storage full or blocked; null when saving works. */
  writeError: 'full' | 'unavailable' | null;
}

/** Not persisted: it describes the storage itself. */
export const storageStatus = createStore<StorageStatus>(() => ({
  unreadable: [],
  writeError: null,
}));
