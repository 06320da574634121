import { z } from 'zod';
import { Id, NodeId } from '../format/ids';

/** How the run was played: practice (feedback after each decision), assessment (feedback at the end) or seminar (a group votes). */
export const ResultsMode = z.enum(['practice', 'assessment', 'seminar']);
/** How the run was played. */
export type ResultsMode = z.infer<typeof ResultsMode>;

/** A date and time in ISO 8601 with a time zone, e.g. "2025-04-01T06:40:00.000Z". */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'a date and time looks like 2025-04-01T06:40:00Z' });

/** One decision the trainee took, in the order taken. */
export const ResultsDecision = z.strictObject({
  /** Id of the scene the decision was taken in. */
  sceneId: NodeId,
  /** Id of the response taken, or null for a composed statement. */
  responseId: Id.nullable(),
  /** Ids of the fragments of a composed statement, in the trainee's order; only for a composed statement. */
  fragmentIds: z.array(Id).optional(),
  /** In-story minutes since T+0 when the decision was taken. */
  clock: z.number().int().min(0),
  /** Real milliseconds the trainee took, or null when the player did not measure it. */
  elapsedMs: z.number().int().min(0).nullable(),
  /** True when the time limit ran out and the scene's timeout response was taken for the trainee. */
  timedOut: z.boolean(),
});
/** One decision the trainee took. */
export type ResultsDecision = z.infer<typeof ResultsDecision>;

/** One observation behind a competency's rating. */
export const ResultsEvidence = z.strictObject({
  /** Id of the scene where it was observed. */
  sceneId: NodeId,
  /** Id of the framework indicator observed, e.g. "EMP.acknowledges-feelings". */
  indicator: Id,
  /** Weight of the observation, 1–3. */
  weight: z.number().int().min(1).max(3),
  /** +1 for effective behaviour, −1 for ineffective. */
  sign: z.literal([1, -1]),
  /** Id of the doctrine rule it rests on, when the author gave one. */
  tag: Id.optional(),
});
/** One observation behind a competency's rating. */
export type ResultsEvidence = z.infer<typeof ResultsEvidence>;

/** A competency's result in the run, as `scoreRun` computed it. */
export const ResultsCompetency = z.strictObject({
  /** Id of the competency, e.g. "EMP". */
  competency: Id,
  /** Rating 1–5, or null for "not enough evidence". */
  rating: z.literal([1, 2, 3, 4, 5]).nullable(),
  /** Σ(weight × sign) ÷ Σ(weight), from −1 to +1, or null without evidence. */
  raw: z.number().min(-1).max(1).nullable(),
  /** How many observations the rating rests on. */
  observations: z.number().int().min(0),
  /** True when a red flag capped the rating. */
  capped: z.boolean(),
  /** Ids of the red flags raised for this competency, each once, in the order first raised. */
  redFlags: z.array(Id),
  /** The observations behind the rating. */
  evidence: z.array(ResultsEvidence),
});
/** A competency's result in the run. */
export type ResultsCompetency = z.infer<typeof ResultsCompetency>;

/** How a seminar group voted at one scene. */
export const ResultsVote = z.strictObject({
  /** Id of the scene voted on. */
  sceneId: NodeId,
  /** Votes per response id. */
  counts: z.record(Id, z.number().int().min(0)),
  /** Id of the response the group went with. */
  chosen: Id,
  /** True when the trainer overrode the majority. */
  override: z.boolean(),
});
/** How a seminar group voted at one scene. */
export type ResultsVote = z.infer<typeof ResultsVote>;

/** A trainee's objection to how one decision was judged. */
export const TraineeDispute = z.strictObject({
  /** Id of the scene of the disputed decision. */
  sceneId: NodeId,
  /** Id of the response (or fragment) whose judgement is disputed. */
  responseId: Id,
  /** Why the trainee disagrees, at most 1000 characters. */
  reason: z.string().min(1, 'a dispute needs a reason').max(1000, 'a reason has at most 1000 characters'),
});
/** A trainee's objection to how one decision was judged. */
export type TraineeDispute = z.infer<typeof TraineeDispute>;

/** A 1–5 answer on a feedback scale. */
const Scale = z.number().int().min(1, 'an answer on the scale is 1 to 5').max(5, 'an answer on the scale is 1 to 5');

/** What the trainee thought of the scenario, given after the run. */
export const TraineeFeedback = z.strictObject({
  /** How realistic the scenario felt, 1 (not at all) to 5 (very). */
  realism: Scale.optional(),
  /** How relevant it is to the trainee's work, 1 (not at all) to 5 (very). */
  relevance: Scale.optional(),
  /** Id of the scene the trainee found hardest. */
  hardestSceneId: NodeId.optional(),
  /** A free comment, at most 2000 characters. */
  comment: z.string().max(2000, 'a comment has at most 2000 characters').optional(),
  /** Decisions whose judgement the trainee disputes. */
  disputes: z.array(TraineeDispute),
});
/** What the trainee thought of the scenario. */
export type TraineeFeedback = z.infer<typeof TraineeFeedback>;

/** A pseudonym: 1–40 characters, no line breaks or other control characters, no spaces at either end. */
export const Pseudonym = z
  .string()
  .min(1, 'a pseudonym has 1 to 40 characters')
  .max(40, 'a pseudonym has 1 to 40 characters')
  .regex(/^[^\p{Cc}]*$/u, 'a pseudonym has no line breaks or other control characters')
  .refine((s) => s === s.trim(), 'a pseudonym has no spaces at either end');
