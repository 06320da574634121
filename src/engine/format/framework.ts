import { z } from 'zod';
import { Id, PostLevel } from './ids';
import { Text } from './text';

/** The competency-framework format version this engine reads. */
export const FRAMEWORK_FORMAT_VERSION = 1;

/** A behaviour that shows a competency effectively or ineffectively. */
export const Indicator = z
  .strictObject({
    /** Id, referenced by evidence, e.g. `EMP.names-emotion`. */
    id: Id,
    /** Whether the behaviour shows the competency effectively (+1) or ineffectively (−1). */
    polarity: z.enum(['effective', 'ineffective']),
    /** Post levels the indicator belongs to (Table 1 sets for Cooperation and interaction); all levels when absent. */
    levels: z.array(PostLevel).optional(),
    /** The behaviour as written in the framework. */
    text: Text,
    /** Where it comes from, e.g. "Table 1" or a doctrine source. */
    source: z.string().optional(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;

/** A competency of the civil-service framework or of crisis-communication doctrine. */
export const Competency = z
  .strictObject({
    /** Id, e.g. `EMP`. */
    id: Id,
    /** Name of the competency. */
    name: Text,
    /** What the competency is. */
    description: Text,
    /** Where it comes from. */
    source: z.string().optional(),
    /** Its behavioural indicators. */
    indicators: z.array(Indicator).min(2),
  })
  .meta({ id: 'Competency' });
export type Competency = z.infer<typeof Competency>;

/** A rule of crisis-communication doctrine that feedback can cite. */
export const DoctrineRule = z
  .strictObject({
    /** Id, e.g. `CERC-EMP`. */
    id: Id,
    /** Short name, e.g. "Express empathy". */
    name: Text,
    /** The rule itself. */
    rule: Text,
    /** Ids of the competencies the rule bears on. */
    competencies: z.array(Id).min(1),
    /** Where the rule comes from. */
    source: z.string().optional(),
  })
  .meta({ id: 'DoctrineRule' });
export type DoctrineRule = z.infer<typeof DoctrineRule>;

/** A behaviour so serious that it caps a competency's rating at 2 whatever else happened. */
export const RedFlag = z
  .strictObject({
    /** Id, referenced by responses' `redFlags`. */
    id: Id,
    /** Id of the competency whose rating it caps. */
    competency: Id,
    /** What the behaviour is. */
    text: Text,
  })
  .meta({ id: 'RedFlag' });
export type RedFlag = z.infer<typeof RedFlag>;

/** A post level of Table 1. */
export const PostLevelInfo = z
  .strictObject({
    /** D, C or B. */
    id: PostLevel,
    /** Which posts the level covers, e.g. "posts 1–6". */
    label: Text,
  })
  .meta({ id: 'PostLevelInfo' });

/** The competency framework that scenarios are scored against. */
export const Framework = z
  .strictObject({
    /** Address of the JSON Schema. */
    $schema: z.string().optional(),
    /** Marks the file as the competency framework. */
    kind: z.literal('framework'),
    /** Version of this file format; 1 is current. */
    formatVersion: z.literal(FRAMEWORK_FORMAT_VERSION),
    /** Version of the framework's content and scoring key, e.g. "1.0.0". */
    version: z.string(),
    /** The post levels. */
    postLevels: z.array(PostLevelInfo).length(3),
    /** The competencies. */
    competencies: z.array(Competency).min(1),
    /** Doctrine rules. */
    doctrine: z.array(DoctrineRule),
    /** Red flags. */
    redFlags: z.array(RedFlag),
  })
  .meta({ id: 'Framework' });
export type Framework = z.infer<typeof Framework>;
