import { z } from 'zod';
import { Channel, Id, NodeId } from './ids';
import { Text } from './text';
import { FeedItem, MeterEffects } from './effects';
import { Condition } from './condition';
import { Response, TimeLimit } from './response';
import { ComposeTask } from './compose';

/** Something that arrives by itself in real time while the trainee is deciding, unless they already acted. */
export const SceneInject = z
  .strictObject({
    /** Seconds of real time after the scene opens. */
    afterSeconds: z.number().int().min(1).max(600),
    /** The inject does not arrive when this condition holds (e.g. the statement was issued). */
    unless: Condition.optional(),
    /** Posts, headlines or messages that arrive. */
    items: z.array(FeedItem).min(1),
    /** Changes to meters when it arrives. */
    effects: MeterEffects.optional(),
    /** Flags set when it arrives. */
    setFlags: z.array(Id).optional(),
  })
  .meta({ id: 'SceneInject' });
export type SceneInject = z.infer<typeof SceneInject>;

/** One moment of the crisis: who speaks, on which channel, and what the trainee can do. */
export const Scene = z
  .strictObject({
    /** Id, unique among scenes and endings (letters, digits, - and _). */
    id: NodeId,
    /** Where the scene happens; the player draws each channel as what it is. */
    channel: Channel,
    /** Id of the cast member who speaks in the scene. */
    speaker: Id.optional(),
    /** A short heading, e.g. "Reception desk, 10:40". */
    title: Text.optional(),
    /** What happens or what is said to the trainee. */
    text: Text,
    /** Minutes the in-story clock advances when the scene opens. */
    clock: z.number().int().min(0).max(10080).optional(),
    /** Posts, headlines or messages that appear with the scene. */
    feed: z.array(FeedItem).optional(),
    /** Changes to meters when the scene opens. */
    effects: MeterEffects.optional(),
    /** The choices offered (up to 9, one per number key); a scene has responses or a compose task. */
    responses: z.array(Response).max(9).optional(),
    /** A "compose a statement" task instead of responses. */
    compose: ComposeTask.optional(),
    /** A real-time limit on the decision. */
    timeLimit: TimeLimit.optional(),
    /** Injects that arrive in real time while the trainee decides. */
    injects: z.array(SceneInject).optional(),
    /** Discussion prompts for the trainer, shown only in seminar mode. */
    facilitatorNotes: Text.optional(),
  })
  .meta({ id: 'Scene' });
export type Scene = z.infer<typeof Scene>;
