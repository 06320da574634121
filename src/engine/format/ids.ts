import { z } from 'zod';
import { CHANNELS, POST_LEVELS } from './constants';

/** An identifier: starts with a letter; letters, digits, `-`, `_` and `.` after that. */
export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'an id starts with a letter and uses only letters, digits, -, _ and .')
  .max(80);

/** A scene or ending id: like `Id` but without dots, because it names a state of the run's machine. */
export const NodeId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a scene or ending id starts with a letter and uses only letters, digits, - and _')
  .max(80);

export { POST_LEVELS, CHANNELS } from './constants';
/** A post level of Table 1: D (posts 1–6), C (7–9), B (10–12). */
export const PostLevel = z.enum(POST_LEVELS);
export type PostLevel = z.infer<typeof PostLevel>;

/** A channel a scene happens on. */
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
