import { z } from 'zod';
import { Id } from './ids';
import { Text } from './text';
import { Evidence, MeterEffects, Next } from './effects';

/** A response the trainee can give in a scene. */
export const Response = z
  .strictObject({
    /** Id, unique within the scene. */
    id: Id,
    /** What the trainee says or does, as shown on the button. */
    text: Text,
    /** Where the response leads. */
    next: Next,
    /** Minutes the response takes on the in-story clock, e.g. 15 for drafting and clearing a statement. */
    clock: z.number().int().min(0).max(10080).optional(),
    /** Changes to meters, keyed by meter id. */
    effects: MeterEffects.optional(),
    /** Flags this response sets, e.g. `statementIssued`. */
    setFlags: z.array(Id).optional(),
    /** Flags this response clears. */
    clearFlags: z.array(Id).optional(),
    /** The indicators this response shows; every response should have at least one. */
    evidence: z.array(Evidence),
    /** Doctrine rules the response uses or breaks, e.g. `CERC-EMP`, `NO-COMMENT`. */
    tags: z.array(Id).optional(),
    /** Red flags the response raises (ids from the framework); each caps its competency's rating at 2. */
    redFlags: z.array(Id).optional(),
    /** Why this response works or fails, citing the rule; shown after the response in practice mode and in the report. */
    feedback: Text,
    /** Id of a better response in the same scene, suggested when this one is ineffective. */
    better: Id.optional(),
    /** True for a response that is never shown as a button and is only taken when time runs out (silence). */
    timeoutOnly: z.boolean().optional(),
  })
  .meta({ id: 'Response' });
export type Response = z.infer<typeof Response>;

/** A real-time limit on a decision: when it expires, the named response is taken. */
export const TimeLimit = z
  .strictObject({
    /** Seconds of real time the trainee has to decide. */
    seconds: z.number().int().min(3).max(600),
    /** Id of the response (in this scene) taken when time runs out. Silence is a choice and is scored. */
    onTimeout: Id,
  })
  .meta({ id: 'TimeLimit' });
export type TimeLimit = z.infer<typeof TimeLimit>;
