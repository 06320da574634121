import { findNodeAtLocation, printParseErrorCode, visit, type Node, type ParseErrorCode } from 'jsonc-parser';
import type { Diagnostic } from '../validate/diagnostic';
import { FORBIDDEN_KEYS, MAX_FILE_CHARS, MAX_NESTING_DEPTH } from './limits';
import { indexLines, lineColumnAt, treeOf, type SourceText } from './source';

export interface ParseLimits {
  maxChars?: number;
  maxDepth?: number;
}

export type ParsedJson =
  | { ok: true; value: unknown; source: SourceText }
  | { ok: false; diagnostics: Diagnostic[]; source: SourceText };

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'This number is not written the JSON way',
  PropertyNameExpected: 'A property name in double quotes is expected here',
  ValueExpected: 'A value is expected here',
  ColonExpected: 'A colon ":" is expected after the property name',
  CommaExpected: 'A comma is expected between items',
  CloseBraceExpected: 'A closing brace "}" is expected',
  CloseBracketExpected: 'A closing bracket "]" is expected',
  EndOfFileExpected: 'Nothing may follow the end of the JSON value',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'A comment is not closed',
  UnexpectedEndOfString: 'A text in quotes is not closed',
  UnexpectedEndOfNumber: 'A number is cut short',
  InvalidUnicode: 'An invalid \\u escape',
  InvalidEscapeCharacter: 'An invalid escape after a backslash',
  InvalidCharacter: 'A character that must be escaped inside quotes (such as a line break)',
};

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: 'Check the line above for a missing comma.',
  PropertyNameExpected: 'A comma after the last item of an object is not allowed in JSON.',
  ValueExpected: 'A comma after the last item of a list is not allowed in JSON.',
  InvalidSymbol: 'Texts go in straight double quotes "…", not ‘…’ or «…».',
  InvalidCommentToken: 'Remove the comment, or move the note into a text field.',
};

function fail(source: SourceText, offset: number, code: string, message: string, hint?: string): ParsedJson {
  const { line, column } = lineColumnAt(source, offset);
  const diagnostic: Diagnostic = { severity: 'error', code, message, pointer: '', line, column };
  if (hint) diagnostic.hint = hint;
  return { ok: false, diagnostics: [diagnostic], source };
}

/** Finds the offset where nesting first exceeds `maxDepth`, ignoring brackets inside strings. */
function findExcessiveNesting(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** Finds the first forbidden key (`__proto__`, `constructor`, `prototype`) in a parsed value, with its path. */
function findForbiddenKey(root: unknown): { key: string; path: (string | number)[] } | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => typeof item === 'object' && item !== null && stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, path: [...path, key] };
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/**
 * Parses JSON text safely: never throws; refuses empty, oversized and deeply nested input
 * and dangerous keys; reports syntax errors with line and column. A byte-order mark is accepted.
 */
export function parseJson(input: string, limits: ParseLimits = {}): ParsedJson {
  const maxChars = limits.maxChars ?? MAX_FILE_CHARS;
  const maxDepth = limits.maxDepth ?? MAX_NESTING_DEPTH;
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, ' ') : '';
  const source: SourceText = { text, lineStarts: [0] };
  if (text.length > maxChars) {
    return fail(
      source,
      0,
      'file-too-large',
      `The file is too large (${Math.ceil(text.length / 1024)} KB; the limit is ${Math.floor(maxChars / 1024)} KB)`,
      'Split the scenario, or check that this is the right file.',
    );
  }
  source.lineStarts = indexLines(text);
  if (text.trim() === '') {
    return fail(source, 0, 'empty-file', 'The file is empty', 'A scenario is a JSON object: { "formatVersion": 2, … }');
  }
  const deepAt = findExcessiveNesting(text, maxDepth);
  if (deepAt >= 0) {
    return fail(source, deepAt, 'too-deep', `Objects and lists are nested more than ${maxDepth} levels deep`, 'No scenario needs this; the file may be damaged.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return syntaxError(source);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== undefined) {
    const key = findNodeAtLocation(treeOf(source) as Node, forbidden.path)?.parent?.children?.[0];
    return fail(source, key?.offset ?? 0, 'forbidden-key', `The key "${forbidden.key}" is not allowed`, 'Rename or remove it; it can be used to attack programs that read the file.');
  }
  return { ok: true, value, source };
}

/** Locates the first syntax error (the ones after it usually follow from it) with jsonc-parser's visitor, which builds no tree. */
function syntaxError(source: SourceText): ParsedJson {
  let first: { error: ParseErrorCode; offset: number } | undefined;
  visit(
    source.text,
    {
      onError: (error, offset) => {
        first ??= { error, offset };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (!first) return fail(source, 0, 'json-syntax', 'The file is not valid JSON');
  const name = printParseErrorCode(first.error);
  return fail(source, first.offset, 'json-syntax', `${SYNTAX_MESSAGES[name] ?? name} — the file is not valid JSON`, SYNTAX_HINTS[name]);
}
