import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PostLevel } from '../../engine/format/constants';
import type { Lang } from '../../engine/format/lang';
import type { RunContext } from '../../engine/machine/run.types';
import type { ResultsVote, TraineeFeedback } from '../../engine/results/results-schema';
import { safeStorage } from './safe-storage';

/** Practice (feedback after each response), assessment (feedback at the end) or a seminar group's run (votes). */
export type Mode = 'practice' | 'assessment' | 'seminar';

/** A finished run, with what the report needs. */
export interface Attempt {
  id: string;
  scenarioFile: string;
  scenarioId: string;
  scenarioVersion: string;
  scoringKey: string;
  level: PostLevel;
  mode: Mode;
  language: Lang;
  startedAt: string;
  endedAt: string;
  /** Rating per competency (null: not enough evidence). */
  ratings: Record<string, number | null>;
  context: RunContext;
  /** The trainee's answers to the questionnaire after the run. */
  feedback?: TraineeFeedback;
  /** A seminar group's votes. */
  votes?: ResultsVote[];
}

/** The run in progress: enough to resume it exactly where the trainee was. */
export interface SavedRun {
  scenarioFile: string;
  scenarioId: string;
  scenarioVersion: string;
  level: PostLevel;
  mode: Mode;
  startedAt: string;
  /** The XState persisted snapshot of the run's actor. */
  snapshot: unknown;
  /** Decisions whose feedback the trainee has already read (practice mode). */
  acknowledged: number;
  /** Milliseconds already spent on the decision in progress when the page was last hidden or left. */
  spentMs?: number;
  /** Scene the run started from, for a replay. */
  startSceneId?: string;
  /** A seminar group's votes so far. */
  votes?: ResultsVote[];
}

export interface ProgressState {
  language: Lang | null;
  level: PostLevel;
  mode: Mode;
  attempts: Attempt[];
  current: SavedRun | null;
  setLanguage: (language: Lang) => void;
  setLevel: (level: PostLevel) => void;
  setMode: (mode: Mode) => void;
  saveRun: (run: SavedRun) => void;
  clearRun: () => void;
  addAttempt: (attempt: Attempt) => void;
  setFeedback: (attemptId: string, feedback: TraineeFeedback) => void;
}

/** Version of the saved progress; bump it and add a step to `migrateProgress` when its shape changes. */
export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = 'tynda-progress';
/** The most attempts kept; older ones are dropped first. */
export const MAX_ATTEMPTS = 100;

type Persisted = Pick<ProgressState, 'language' | 'level' | 'mode' | 'attempts' | 'current'>;

/** Brings saved progress of an older version up to date (version 0 was the unversioned prototype). */
export function migrateProgress(state: unknown, version: number): Persisted {
  const s = (typeof state === 'object' && state !== null ? state : {}) as Partial<Persisted> & {
    history?: Attempt[];
  };
  if (version < 1) {
    return {
      language: s.language ?? null,
      level: s.level ?? 'D',
      mode: s.mode ?? 'practice',
      attempts: s.attempts ?? s.history ?? [],
      current: s.current ?? null,
    };
  }
  return s as Persisted;
}

export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      language: null,
      level: 'D',
      mode: 'practice',
      attempts: [],
      current: null,
      setLanguage: (language) => set({ language }),
      setLevel: (level) => set({ level }),
      setMode: (mode) => set({ mode }),
      saveRun: (current) => set({ current }),
      clearRun: () => set({ current: null }),
      addAttempt: (attempt) =>
        set((s) => ({ attempts: [...s.attempts, attempt].slice(-MAX_ATTEMPTS), current: null })),
      setFeedback: (attemptId, feedback) =>
        set((s) => ({
          attempts: s.attempts.map((a) => (a.id === attemptId ? { ...a, feedback } : a)),
        })),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: safeStorage<Persisted>(PROGRESS_VERSION),
      partialize: ({ language, level, mode, attempts, current }) => ({
        language,
        level,
        mode,
        attempts,
        current,
      }),
      migrate: migrateProgress,
    },
  ),
);
