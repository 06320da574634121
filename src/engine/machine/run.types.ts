import type { PostLevel } from '../format/constants';

/** Where a feed item shown in the transcript comes from, so the transcript stores references, not copies. */
export type FeedOrigin =
  | { from: 'opening'; index: number }
  | { from: 'scene'; sceneId: string; index: number }
  | { from: 'inject'; injectId: string; index: number }
  | { from: 'scene-inject'; sceneId: string; inject: number; index: number };

/** One line of the run's transcript, in the order things happened. */
export type TranscriptEntry =
  | { kind: 'scene'; sceneId: string; clock: number }
  | { kind: 'feed'; origin: FeedOrigin; clock: number }
  | { kind: 'response'; sceneId: string; responseId: string; clock: number; timedOut: boolean }
  | { kind: 'compose'; sceneId: string; fragmentIds: string[]; clock: number }
  | { kind: 'ending'; endingId: string; clock: number };

/** What produced a piece of evidence. */
export type EvidenceSource =
  | { kind: 'response'; responseId: string; timedOut: boolean }
  | { kind: 'fragment'; fragmentId: string }
  | { kind: 'missing-element'; elementId: string }
  | { kind: 'order'; followed: boolean };

/** One observation logged during a run. */
export interface EvidenceRecord {
  sceneId: string;
  source: EvidenceSource;
  indicator: string;
  weight: number;
  tag?: string;
  /** In-story minutes when the choice was made. */
  clock: number;
}

/** A red flag raised during a run. */
export interface RedFlagRecord {
  sceneId: string;
  flag: string;
  /** The response or fragment that raised it. */
  by: string;
}

/** One decision the trainee took. */
export interface Decision {
  sceneId: string;
  /** The response taken, or null for a composed statement. */
  responseId: string | null;
  fragmentIds?: string[];
  /** In-story minutes when the decision was taken (before its own clock cost). */
  clock: number;
  timedOut: boolean;
  /** Real milliseconds the trainee took, when the player measured it. */
  elapsedMs?: number;
}

/** Everything a run keeps: it survives a round trip through JSON. */
export interface RunContext {
  scenarioId: string;
  scenarioVersion: string;
  sceneId: string;
  meters: Record<string, number>;
  /** Flags that are set. */
  flags: string[];
  /** Minutes since T+0 on the in-story clock. */
  clock: number;
  transcript: TranscriptEntry[];
  evidence: EvidenceRecord[];
  redFlags: RedFlagRecord[];
  decisions: Decision[];
  injectsDelivered: string[];
  endingId: string | null;
  /** Whether each scene waits for CONTINUE before its decision (and its timer) starts: practice mode, where feedback is read first. */
  pauseBetweenScenes: boolean;
  /** Whether real-time limits apply; a seminar group discusses at its own pace instead. */
  timeLimits: boolean;
  /**
   * Milliseconds the trainee had already spent on the current decision when the run was saved and
   * then resumed: its time limit and real-time injects count on from there. Absent or 0 otherwise.
   */
  resumedAfterMs?: number;
}

/** A run's starting state: normally the scenario's own; a play-test may set meters, flags and the clock. */
export interface RunInput {
  meters?: Record<string, number>;
  flags?: string[];
  clock?: number;
  level?: PostLevel;
  /** Wait for CONTINUE at each scene before the decision and its timer start (practice mode). */
  pauseBetweenScenes?: boolean;
  /** Switch the real-time limits off (seminar mode: the trainer sets the pace). */
  noTimeLimits?: boolean;
}

/** What the trainee can do. */
export type RunEvent =
  | { type: 'RESPOND'; responseId: string; elapsedMs?: number }
  | { type: 'COMPOSE'; fragmentIds: string[]; elapsedMs?: number }
  | { type: 'CONTINUE' };
