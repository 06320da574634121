import { createStore } from 'zustand/vanilla';

/** Whether a new version of the app is waiting, and how to switch to it. */
export interface UpdateStatus {
  waiting: boolean;
  /** Activates the new version and reloads; the run in progress is saved, so it resumes. */
  update: () => void;
}

export const updateStatus = createStore<UpdateStatus>(() => ({
  waiting: false,
  update: () => undefined,
}));
