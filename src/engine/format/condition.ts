import { z } from 'zod';
import { Id } from './ids';

/** Compares a meter or the in-story clock with a number. */
export const Comparison = z.enum(['<', '<=', '>', '>=', '==', '!=']);

/** True when a meter compares as stated, e.g. `{ "meter": "trust", "op": "<", "value": 40 }`. */
export const MeterCondition = z
  .strictObject({
    /** Id of the meter to read. */
    meter: Id,
    /** How to compare: `<`, `<=`, `>`, `>=`, `==` or `!=`. */
    op: Comparison,
    /** The number to compare the meter with. */
    value: z.number(),
  })
  .meta({ id: 'MeterCondition' });

/** True when a flag is set (or, with `"is": false`, when it is not). */
export const FlagCondition = z
  .strictObject({
    /** Id of the flag to read. */
    flag: Id,
    /** The state the flag must be in; `true` (set) unless given. */
    is: z.boolean().optional(),
  })
  .meta({ id: 'FlagCondition' });

/** True when the in-story clock (minutes since T+0) compares as stated. */
export const ClockCondition = z
  .strictObject({
    /** How to compare the clock: `<`, `<=`, `>`, `>=`, `==` or `!=`. */
    clock: Comparison,
    /** Minutes since T+0. */
    minutes: z.number().int().min(0),
  })
  .meta({ id: 'ClockCondition' });

/** A condition on meters, flags and the clock, combined with `all`, `any` and `not`. */
export type Condition =
  | z.infer<typeof MeterCondition>
  | z.infer<typeof FlagCondition>
  | z.infer<typeof ClockCondition>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** True when every listed condition is true. */
export const AllCondition = z
  .strictObject({
    /** Conditions that must all be true. */
    get all() {
      return z.array(Condition).min(1);
    },
  })
  .meta({ id: 'AllCondition' });

/** True when at least one listed condition is true. */
export const AnyCondition = z
  .strictObject({
    /** Conditions of which at least one must be true. */
    get any() {
      return z.array(Condition).min(1);
    },
  })
  .meta({ id: 'AnyCondition' });

/** True when the condition inside is false. */
export const NotCondition = z
  .strictObject({
    /** The condition to negate. */
    get not() {
      return Condition;
    },
  })
  .meta({ id: 'NotCondition' });

/** A condition on meters, flags and the clock, used for routing and for injects. */
export const Condition: z.ZodType<Condition> = z
  .union([MeterCondition, FlagCondition, ClockCondition, AllCondition, AnyCondition, NotCondition])
  .meta({ id: 'Condition' });
