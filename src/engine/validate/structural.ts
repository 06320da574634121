import type { z } from 'zod';
import { closest } from './suggest';
import { toPointer, type UnlocatedDiagnostic } from './diagnostic';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

const TYPE_NAMES: Record<string, string> = {
  string: 'a text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  undefined: 'missing',
  null: 'null',
};

function describeInput(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input)}`;
  return `${typeof input === 'number' ? 'the number' : ''} ${JSON.stringify(input)}`.trim();
}

function fieldName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return `"${segment}"`;
  }
  return 'The scenario';
}

function valueAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** How badly a union branch failed: the branch whose shape matched best has the lowest score. */
function branchScore(issues: readonly Issue[]): number {
  let score = issues.length;
  for (const issue of issues) {
    if (issue.path.length === 0 && issue.code === 'invalid_type') score += 1000;
    if (issue.path.length === 0 && issue.code === 'unrecognized_keys') score += 10 * issue.keys.length;
  }
  return score;
}

function expectedTypes(branches: readonly (readonly Issue[])[]): string[] {
  const names = new Set<string>();
  for (const branch of branches) {
    const first = branch[0];
    if (first?.code === 'invalid_type') names.add(TYPE_NAMES[first.expected] ?? first.expected);
  }
  return [...names];
}

function toDiagnostics(issue: Issue, prefix: Path, root: unknown, known: (path: Path) => string[]): UnlocatedDiagnostic[] {
  const path: Path = [...prefix, ...(issue.path as Path)];
  const pointer = toPointer(path);
  const field = fieldName(path);
  const error = (code: string, message: string, hint?: string): UnlocatedDiagnostic =>
    hint ? { severity: 'error', code, message, pointer, hint } : { severity: 'error', code, message, pointer };

  switch (issue.code) {
    case 'invalid_type': {
      const input = valueAt(root, path);
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined) return [error('missing-field', `${field} is required but missing`, `Add ${field} (${expected}).`)];
      return [error('wrong-type', `${field} should be ${expected}, but it is ${describeInput(input)}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, known(path));
        const keyPointer = toPointer([...path, key]);
        return {
          severity: 'error' as const,
          code: 'unknown-field',
          message: `Unknown field "${key}"`,
          pointer: keyPointer,
          hint: suggestion ? `Did you mean "${suggestion}"?` : 'Remove it, or check the spelling against the format.',
        };
      });
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const input = valueAt(root, path);
      const suggestion = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      if (options.length === 1) return [error('wrong-value', `${field} must be ${options[0]}`)];
      return [
        error(
          'wrong-value',
          `${field} must be one of ${options.join(', ')}; it is ${describeInput(input)}`,
          suggestion ? `Did you mean "${suggestion}"?` : undefined,
        ),
      ];
    }
    case 'invalid_union': {
      const branches = issue.errors;
      let best: readonly Issue[] | undefined;
      let bestScore = Infinity;
      for (const branch of branches) {
        const score = branchScore(branch);
        if (score < bestScore) {
          best = branch;
          bestScore = score;
        }
      }
      if (!best || bestScore >= 1000) {
        const input = valueAt(root, path);
        const expected = expectedTypes(branches);
        return [error('wrong-type', `${field} should be ${expected.join(' or ')}, but it is ${describeInput(input)}`)];
      }
      return best.flatMap((inner) => toDiagnostics(inner, path, root, known));
    }
    case 'too_small': {
      if (issue.origin === 'array') return [error('too-few', `${field} needs at least ${String(issue.minimum)} item(s)`)];
      if (issue.origin === 'string') return [error('empty-text', `${field} must not be empty`)];
      return [error('too-small', `${field} must be at least ${String(issue.minimum)}`)];
    }
    case 'too_big': {
      if (issue.origin === 'array') return [error('too-many', `${field} can have at most ${String(issue.maximum)} item(s)`)];
      if (issue.origin === 'string') return [error('too-long', `${field} is longer than ${String(issue.maximum)} characters`)];
      return [error('too-big', `${field} must be at most ${String(issue.maximum)}`)];
    }
    case 'invalid_format':
      return [error('bad-format', `${field}: ${issue.message}`)];
    default:
      return [error('invalid', `${field}: ${issue.message}`)];
  }
}

/**
 * Turns a failed schema check into diagnostics a trainer understands. `known` lists the
 * fields allowed at a path, for "did you mean" hints on misspelt field names.
 */
export function structuralDiagnostics(error: z.ZodError, root: unknown, known: (path: Path) => string[]): UnlocatedDiagnostic[] {
  return error.issues.flatMap((issue) => toDiagnostics(issue, [], root, known));
}
