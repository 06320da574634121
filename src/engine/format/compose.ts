import { z } from 'zod';
import { Id } from './ids';
import { Text } from './text';
import { Evidence, MeterEffects, Next } from './effects';

/** One fragment the trainee can put into a composed statement. */
export const Fragment = z
  .strictObject({
    /** Id, unique within the task. */
    id: Id,
    /** The words of the fragment. */
    text: Text,
    /** Id of the element of the statement this fragment provides (e.g. `empathy`); none for a distractor. */
    element: Id.optional(),
    /** Indicators shown when the fragment is used. */
    evidence: z.array(Evidence),
    /** Doctrine rules the fragment uses or breaks. */
    tags: z.array(Id).optional(),
    /** Red flags raised when the fragment is used. */
    redFlags: z.array(Id).optional(),
    /** Changes to meters when the statement includes this fragment, so a bad statement costs trust and a good one earns it. */
    effects: MeterEffects.optional(),
    /** Flags set when the statement includes this fragment (e.g. `overPromised`), for later scenes to route on. */
    setFlags: z.array(Id).optional(),
    /** Why the fragment helps or harms, citing the rule. */
    feedback: Text,
  })
  .meta({ id: 'Fragment' });
export type Fragment = z.infer<typeof Fragment>;

/** What the statement is missing when no fragment provides an element. */
export const MissingElement = z
  .strictObject({
    /** Indicators shown by leaving the element out (usually ineffective ones). */
    evidence: z.array(Evidence).min(1),
    /** Why the element matters. */
    feedback: Text,
  })
  .meta({ id: 'MissingElement' });

/** An element a good statement contains, e.g. empathy, what is being done, reassurance, time of next update. */
export const ComposeElement = z
  .strictObject({
    /** Id, referenced by fragments' `element`. */
    id: Id,
    /** Name of the element as shown in feedback. */
    label: Text,
    /** What leaving it out shows. */
    missing: MissingElement,
  })
  .meta({ id: 'ComposeElement' });

/** The recommended order of elements, scored once per statement. */
export const ComposeOrder = z
  .strictObject({
    /** Element ids in the recommended order; elements left out are skipped when comparing. */
    sequence: z.array(Id).min(2),
    /** Evidence when the chosen elements follow the sequence. */
    followed: z.array(Evidence).min(1),
    /** Evidence when they do not. */
    broken: z.array(Evidence).min(1),
    /** Why the order matters. */
    feedback: Text,
  })
  .meta({ id: 'ComposeOrder' });

/** A "compose a statement" task: the trainee picks and orders fragments; each element is scored. */
export const ComposeTask = z
  .strictObject({
    /** The instruction, e.g. "Compose a holding statement for the akimat's page". */
    prompt: Text,
    /** Fewest fragments the statement may have. */
    minFragments: z.number().int().min(1),
    /** Most fragments the statement may have. */
    maxFragments: z.number().int().min(1),
    /** The fragments offered, good ones and tempting bad ones (at most 12). */
    fragments: z.array(Fragment).min(2).max(12),
    /** The elements a good statement contains. */
    elements: z.array(ComposeElement).min(1),
    /** The recommended order of the elements. */
    order: ComposeOrder.optional(),
    /** Where the task leads once the statement is issued. */
    next: Next,
    /** Minutes issuing the statement takes on the in-story clock. */
    clock: z.number().int().min(0).max(10080).optional(),
    /** Changes to meters when the statement is issued. */
    effects: MeterEffects.optional(),
    /** Flags set when the statement is issued, e.g. `statementIssued`. */
    setFlags: z.array(Id).optional(),
  })
  .meta({ id: 'ComposeTask' });
export type ComposeTask = z.infer<typeof ComposeTask>;
