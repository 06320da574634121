import { z } from 'zod';

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

/** The post levels of the founding paper's Table 1: D (posts 1–6), C (7–9), B (10–12). */
export const POST_LEVELS = ['D', 'C', 'B'] as const;
export const PostLevel = z.enum(POST_LEVELS);
export type PostLevel = z.infer<typeof PostLevel>;

/** The channels a scene can happen on; each looks like what it is in the player. */
export const CHANNELS = [
  'reception',
  'phone',
  'press-conference',
  'interview',
  'social-feed',
  'messenger',
  'meeting',
] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
