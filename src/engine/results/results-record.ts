import { z } from 'zod';
import type { PostLevel as PostLevelType } from '../format/constants';
import { Id, NodeId, PostLevel } from '../format/ids';
import { t } from '../format/lang';
import type { Scenario } from '../format/scenario';
import { Lang } from '../format/text';
import type { FrameworkIndex } from '../framework-index';
import type { RunContext } from '../machine/run.types';
import { scoreRun } from '../scoring/score';
import { checksumOf } from './checksum';
import { describeFirstIssue } from './describe-issue';
import {
  IsoDateTime,
  Pseudonym,
  ResultsCompetency,
  ResultsDecision,
  ResultsMode,
  ResultsVote,
  TraineeFeedback,
  type ResultsCompetency as ResultsCompetencyType,
  type ResultsDecision as ResultsDecisionType,
} from './results-schema';

/** The results format version this engine writes and reads. */
export const RESULTS_FORMAT_VERSION = 1;

/** The value of `kind` that marks a Tyńda results file. */
export const RESULTS_KIND = 'tynda-results';

/**
 * The results of one finished run, as exported to a file: what the trainee decided, how the run ended
 * and the competency profile. It names the trainee only by a pseudonym and holds no other personal data.
 */
export const ResultsRecord = z
  .strictObject({
    /** Always "tynda-results": marks the file as Tyńda results. */
    kind: z.literal(RESULTS_KIND),
    /** Version of this record format; 1 is current. */
    formatVersion: z.literal(RESULTS_FORMAT_VERSION),
    /** The scenario played. */
    scenario: z.strictObject({
      /** Id of the scenario, e.g. "spring-flood". */
      id: Id,
      /** Version of the scenario's content, e.g. "1.2.0". */
      version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version looks like 1.0.0'),
      /** Title in English (or in another language when the scenario has no English title). */
      title: z.string().max(500),
    }),
    /** Version of the scoring key the profile was computed with, e.g. "1.0.0". */
    scoringKey: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version looks like 1.0.0'),
    /** The name the trainee chose to appear under, 1–40 characters; no other personal data is kept. */
    pseudonym: Pseudonym,
    /** Post level the run was scored for (Table 1: D, C, B). */
    level: PostLevel,
    /** How the run was played: practice, assessment or seminar. */
    mode: ResultsMode,
    /** Language the trainee played in. */
    language: Lang,
    /** When the run started, ISO 8601 with a time zone. */
    startedAt: IsoDateTime,
    /** When the run ended, ISO 8601 with a time zone; not before `startedAt`. */
    endedAt: IsoDateTime,
    /** The trainee's decisions, in the order taken. */
    decisions: z.array(ResultsDecision),
    /** Id of the ending reached. */
    endingId: NodeId,
    /** How well the crisis was resolved at that ending. */
    outcome: z.enum(['resolved', 'partial', 'failed']),
    /** The competency profile: one entry per competency the scenario exercises. */
    profile: z.array(ResultsCompetency),
    /** How a seminar group voted, scene by scene; only in seminar mode. */
    votes: z.array(ResultsVote).optional(),
    /** What the trainee thought of the scenario, when they said. */
    feedback: TraineeFeedback.optional(),
    /** `checksumOf` the rest of the record: detects accidental edits and casual tampering; not a security signature. */
    checksum: z.string().regex(/^fnv1a64:[0-9a-f]{16}$/, 'a checksum looks like fnv1a64: and 16 hex digits'),
  })
  .superRefine((record, ctx) => {
    if (Date.parse(record.endedAt) < Date.parse(record.startedAt)) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'the run cannot end before it started' });
    }
  });
/** The results of one finished run. */
export type ResultsRecord = z.infer<typeof ResultsRecord>;

/** What `buildResultsRecord` needs: the scenario, the framework, the finished run and how it was played. */
export interface ResultsInput {
  /** The scenario played. */
  scenario: Scenario;
  /** The competency framework, indexed. */
  framework: FrameworkIndex;
  /** The finished run. */
  context: RunContext;
  /** The trainee's pseudonym (spaces at either end are removed). */
  pseudonym: string;
  /** Post level to score for. */
  level: PostLevelType;
  /** How the run was played. */
  mode: ResultsMode;
  /** Language the trainee played in. */
  language: Lang;
  /** When the run started, ISO 8601. */
  startedAt: string;
  /** When the run ended, ISO 8601. */
  endedAt: string;
  /** A seminar group's votes. */
  votes?: ResultsVote[];
  /** The trainee's feedback on the scenario. */
  feedback?: TraineeFeedback;
}

function decisionOf(d: RunContext['decisions'][number]): ResultsDecisionType {
  return {
    sceneId: d.sceneId,
    responseId: d.responseId,
    ...(d.fragmentIds ? { fragmentIds: [...d.fragmentIds] } : {}),
    clock: d.clock,
    elapsedMs: d.elapsedMs === undefined ? null : Math.max(0, Math.round(d.elapsedMs)),
    timedOut: d.timedOut,
  };
}

function feedbackOf(feedback: TraineeFeedback): TraineeFeedback {
  const copy: TraineeFeedback = { disputes: feedback.disputes.map((d) => ({ sceneId: d.sceneId, responseId: d.responseId, reason: d.reason })) };
  if (feedback.realism !== undefined) copy.realism = feedback.realism;
  if (feedback.relevance !== undefined) copy.relevance = feedback.relevance;
  if (feedback.hardestSceneId !== undefined) copy.hardestSceneId = feedback.hardestSceneId;
  if (feedback.comment !== undefined) copy.comment = feedback.comment;
  return copy;
}

/**
 * Builds the results record of a finished run: scores it with `scoreRun` for the scenario's
 * competencies and adds the checksum.
 *
 * @throws Error when the run is of another scenario or version, has not reached an ending, or an
 * input (such as the pseudonym) does not fit the record; the message says which.
 */
export function buildResultsRecord(input: ResultsInput): ResultsRecord {
  const { scenario, context } = input;
  if (context.scenarioId !== scenario.id || context.scenarioVersion !== scenario.version) {
    throw new Error(`The run is of scenario ${context.scenarioId} ${context.scenarioVersion}, not ${scenario.id} ${scenario.version}.`);
  }
  if (context.endingId === null) throw new Error('The run has not reached an ending yet.');
  const ending = scenario.endings.find((e) => e.id === context.endingId);
  if (!ending) throw new Error(`The run ended at "${context.endingId}", which is not an ending of ${scenario.id}.`);
  const scored = scoreRun(context.evidence, context.redFlags, input.framework, input.level, scenario.competencies);
  const profile = scored.competencies.map(
    (c): ResultsCompetencyType => ({
      competency: c.competency,
      rating: c.rating,
      raw: c.raw,
      observations: c.observations,
      capped: c.capped,
      redFlags: [...new Set(c.redFlags.map((r) => r.flag))],
      evidence: c.evidence.map((e) => ({ sceneId: e.sceneId, indicator: e.indicator, weight: e.weight, sign: e.sign, ...(e.tag ? { tag: e.tag } : {}) })),
    }),
  );
  const body = {
    kind: RESULTS_KIND,
    formatVersion: RESULTS_FORMAT_VERSION,
    scenario: { id: scenario.id, version: scenario.version, title: t(scenario.title, 'en') },
    scoringKey: scored.scoringKey,
    pseudonym: input.pseudonym.trim(),
    level: input.level,
    mode: input.mode,
    language: input.language,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    decisions: context.decisions.map(decisionOf),
    endingId: ending.id,
    outcome: ending.outcome,
    profile,
    ...(input.votes ? { votes: input.votes.map((v) => ({ sceneId: v.sceneId, counts: { ...v.counts }, chosen: v.chosen, override: v.override })) } : {}),
    ...(input.feedback ? { feedback: feedbackOf(input.feedback) } : {}),
  };
  const record = { ...body, checksum: checksumOf(body) };
  const checked = ResultsRecord.safeParse(record);
  if (!checked.success) throw new Error(`Cannot build the results record: ${describeFirstIssue(checked.error, record)}.`);
  return checked.data;
}
