import { z } from 'zod';
import { Id } from './ids';
import { Text } from './text';
import { Condition } from './condition';

/** Changes to meters, keyed by meter id, e.g. `{ "trust": -10, "tension": 15 }`. Values are clamped to each meter's range. */
export const MeterEffects = z.record(Id, z.number()).meta({ id: 'MeterEffects' });

/** One piece of evidence: the behavioural indicator a choice shows, and how much it counts. */
export const Evidence = z
  .strictObject({
    /** Id of an indicator in the competency framework, e.g. `EMP.names-emotion`. Its polarity (effective or ineffective) comes from the framework. */
    indicator: Id,
    /** How strongly the choice shows the indicator: 1 (some), 2 (clear) or 3 (decisive). 1 unless given. */
    weight: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    /** Id of the doctrine rule this evidence rests on, e.g. `CERC-EMP`; shown in feedback and the report. */
    tag: Id.optional(),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

/** One way onward: go to `goto` when `when` holds. */
export const Route = z
  .strictObject({
    /** The condition, checked after the response's own effects and flags are applied. */
    when: Condition,
    /** Id of the scene or ending to go to. */
    goto: Id,
  })
  .meta({ id: 'Route' });

/** Conditional routing: the first route whose condition holds wins, otherwise `otherwise`. */
export const Routing = z
  .strictObject({
    /** Routes tried in order. */
    routes: z.array(Route).min(1),
    /** Id of the scene or ending to go to when no route matches. */
    otherwise: Id,
  })
  .meta({ id: 'Routing' });

/** Where a choice leads: a scene or ending id, or conditional routing on meters, flags and the clock. */
export const Next = z.union([Id, Routing]).meta({ id: 'Next' });
export type Next = z.infer<typeof Next>;

/** A post, headline, comment or message that appears with a scene or an inject. */
export const FeedItem = z
  .strictObject({
    /** What it is: a social-media post, a news headline, a comment, or a chat message. */
    kind: z.enum(['post', 'headline', 'comment', 'message']),
    /** Id of the cast member who wrote it, if they are in the cast. */
    author: Id.optional(),
    /** Where it appears when there is no cast author: an outlet, a channel or a handle, e.g. "@oskemen_news". */
    source: Text.optional(),
    /** The text of the item. */
    text: Text,
    /** Likes when it appears; the player lets them grow with `amplifiedBy`. */
    likes: z.number().int().min(0).optional(),
    /** Shares or reposts when it appears. */
    shares: z.number().int().min(0).optional(),
    /** Id of a meter (e.g. media attention) whose value makes likes and shares grow. */
    amplifiedBy: Id.optional(),
  })
  .meta({ id: 'FeedItem' });
export type FeedItem = z.infer<typeof FeedItem>;
