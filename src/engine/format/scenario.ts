import { z } from 'zod';
import { Id, NodeId, PostLevel } from './ids';
import { Lang, Text } from './text';
import { FeedItem, MeterEffects } from './effects';
import { Condition } from './condition';
import { Scene } from './scene';

/** The scenario format version this engine writes and reads natively. */
export const FORMAT_VERSION = 2;

/** A person the trainee meets. */
export const CastMember = z
  .strictObject({
    /** Id, referenced by scenes' `speaker` and feed items' `author`. */
    id: Id,
    /** Full name as shown, e.g. "Gulnar Seitkali". */
    name: Text,
    /** Who they are in the crisis. */
    role: z.enum(['citizen', 'journalist', 'blogger', 'colleague', 'official', 'leader', 'other']),
    /** A line about them, e.g. "pensioner, lives alone on the riverbank". */
    description: Text.optional(),
    /** The journalist's outlet, e.g. "Ertis TV". */
    outlet: Text.optional(),
    /** The official's agency, e.g. "District emergency department". */
    agency: Text.optional(),
    /** The only language they speak, when it matters (a visitor who speaks only Kazakh). */
    speaks: Lang.optional(),
  })
  .meta({ id: 'CastMember' });
export type CastMember = z.infer<typeof CastMember>;

/** A gauge of the situation, such as public trust, tension or media attention. */
export const Meter = z
  .strictObject({
    /** Id, referenced by effects and conditions. */
    id: Id,
    /** Name as shown, e.g. "Public trust". */
    label: Text,
    /** Value at the start. */
    initial: z.number(),
    /** Lowest value; 0 unless given. */
    min: z.number().optional(),
    /** Highest value; 100 unless given. */
    max: z.number().optional(),
    /** Whether a higher value is good news (trust) or bad news (tension); true unless given. */
    higherIsBetter: z.boolean().optional(),
  })
  .meta({ id: 'Meter' });
export type Meter = z.infer<typeof Meter>;

/** A flag the story can set and test, declared so that typos are caught. */
export const Flag = z
  .strictObject({
    /** Id, referenced by `setFlags`, `clearFlags` and conditions. */
    id: Id,
    /** What it means that the flag is set, for authors. */
    description: Text.optional(),
  })
  .meta({ id: 'Flag' });

/** Something that arrives on the in-story clock by itself, unless the trainee acted (e.g. a rumour at T+60 if no statement was issued). */
export const Inject = z
  .strictObject({
    /** Id, unique among injects. */
    id: Id,
    /** Minutes since T+0 from which it is due: it is delivered when the next scene opens. */
    at: z.number().int().min(0),
    /** It arrives only while this condition holds; until then it stays pending and is checked again at each scene. */
    when: Condition.optional(),
    /** It does not arrive while this condition holds (the trainee acted in time); it stays pending and is checked again at each scene. */
    unless: Condition.optional(),
    /** Posts, headlines or messages that arrive. */
    items: z.array(FeedItem).min(1),
    /** Changes to meters when it arrives. */
    effects: MeterEffects.optional(),
    /** Flags set when it arrives, so later scenes can route on it. */
    setFlags: z.array(Id).optional(),
  })
  .meta({ id: 'Inject' });
export type Inject = z.infer<typeof Inject>;

/** How a run ended. */
export const Ending = z
  .strictObject({
    /** Id, unique among scenes and endings (letters, digits, - and _). */
    id: NodeId,
    /** How well the crisis was resolved. */
    outcome: z.enum(['resolved', 'partial', 'failed']),
    /** Heading, e.g. "The district trusts the akimat's updates". */
    title: Text,
    /** What happened next and what the trainee can learn from it. */
    debrief: Text,
  })
  .meta({ id: 'Ending' });
export type Ending = z.infer<typeof Ending>;

/** A branching crisis or conflict situation for civil servants to practise. */
export const Scenario = z
  .strictObject({
    /** Address of the JSON Schema, for editor completion and hover help. */
    $schema: z.string().optional(),
    /** Version of this file format; 2 is current. */
    formatVersion: z.literal(FORMAT_VERSION),
    /** Id of the scenario, e.g. `spring-flood`. */
    id: Id,
    /** Version of this scenario's content, e.g. "1.2.0"; results record it. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version looks like 1.0.0'),
    /** Title as shown in the library. */
    title: Text,
    /** One or two sentences for the library card. */
    summary: Text,
    /** The situation as told in the briefing. */
    situation: Text,
    /** The trainee's role, e.g. "Press secretary of the district akimat". */
    role: Text,
    /** Post levels the scenario is written for (Table 1: D, C, B). */
    postLevels: z.array(PostLevel).min(1),
    /** Ids of the competencies the scenario exercises; each should be observed at least 3 times on every path. */
    competencies: z.array(Id).min(1),
    /** Minutes a run usually takes. */
    estimatedMinutes: z.number().int().min(1).max(600),
    /** How hard the scenario is. */
    difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
    /** Languages the content is written in; the validator warns when a text lacks one of them. */
    languages: z.array(Lang).min(1),
    /** Time of day at T+0, "HH:MM", e.g. "06:40"; the clock is shown as T+ only when absent. */
    clockStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time looks like 06:40').optional(),
    /** The people the trainee meets. */
    cast: z.array(CastMember),
    /** The gauges of the situation. */
    meters: z.array(Meter),
    /** The flags the story sets and tests. */
    flags: z.array(Flag).optional(),
    /** Id of the first scene. */
    start: Id,
    /** The scenes. */
    scenes: z.array(Scene).min(1),
    /** Injects on the in-story clock. */
    injects: z.array(Inject).optional(),
    /** The endings (at least one). */
    endings: z.array(Ending).min(1),
    /** Feed items shown before the first scene, e.g. the post that started the crisis. */
    openingFeed: z.array(FeedItem).optional(),
  })
  .meta({ id: 'Scenario' });
export type Scenario = z.infer<typeof Scenario>;
