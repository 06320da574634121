import type { z } from 'zod';
import { toPointer } from '../validate/diagnostic';

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** The value at a path, and whether the last key exists in its parent. */
function lookUp(root: unknown, path: readonly PropertyKey[]): { present: boolean } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol' || !Object.prototype.hasOwnProperty.call(current, key)) return { present: false };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { present: true };
}

/**
 * The first problem a schema found, as a clause a trainer understands, naming the field as a JSON
 * pointer, e.g. `the required field /decisions/0/clock is missing`.
 */
export function describeFirstIssue(error: z.ZodError, value: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the results format';
  if (issue.code === 'unrecognized_keys') {
    const pointer = toPointer([...issue.path, issue.keys[0] ?? '']);
    return `the field ${pointer} does not belong in a results record`;
  }
  const pointer = toPointer(issue.path);
  const field = pointer === '' ? 'the record' : `the field ${pointer}`;
  if (issue.code === 'invalid_type') {
    if (pointer !== '' && !lookUp(value, issue.path).present) return `the required field ${pointer} is missing`;
    return `${field} should be ${EXPECTED[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `${field} should be ${issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(' or ')}`;
  }
  return `${field} is not valid: ${issue.message}`;
}
