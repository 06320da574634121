/** Largest scenario, framework or results file accepted, in characters (about 5 MB). */
export const MAX_FILE_CHARS = 5 * 1024 * 1024;

/** Deepest nesting of objects and arrays accepted; real scenarios stay under 12. */
export const MAX_NESTING_DEPTH = 64;

/** Keys refused anywhere in a file, because code that copies objects can be tricked by them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
