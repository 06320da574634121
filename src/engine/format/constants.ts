/** The post levels of the founding paper's Table 1: D (posts 1–6), C (7–9), B (10–12). */
export const POST_LEVELS = ['D', 'C', 'B'] as const;
export type PostLevel = (typeof POST_LEVELS)[number];

/** The channels a scene can happen on; each looks like what it is in the player. */
export const CHANNELS = ['reception', 'phone', 'press-conference', 'interview', 'social-feed', 'messenger', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];
