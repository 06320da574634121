import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/engine/json/parse-json';

describe('parseJson', () => {
  it('reads a file with a byte-order mark', () => {
    const parsed = parseJson('\uFEFF{"a": 1}');
    expect(parsed.ok && parsed.value).toEqual({ a: 1 });
  });

  it('reports an empty file', () => {
    const parsed = parseJson('  \n ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]).toMatchObject({ code: 'empty-file', line: 1, column: 1 });
  });

  it('locates a missing comma with line, column and a hint', () => {
    const parsed = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]).toMatchObject({ code: 'json-syntax', line: 3, column: 3, hint: expect.stringContaining('comma') });
  });

  it('refuses comments and trailing commas, which JSON does not allow', () => {
    expect(parseJson('{ // note\n "a": 1 }').ok).toBe(false);
    expect(parseJson('{ "a": [1, 2,] }').ok).toBe(false);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const parsed = parseJson(deep);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]?.code).toBe('too-deep');
  });

  it('refuses an oversized file before parsing it', () => {
    const parsed = parseJson(`"${'x'.repeat(100)}"`, { maxChars: 50 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]?.code).toBe('file-too-large');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s and pollutes nothing', (key) => {
    const parsed = parseJson(`{"a": {"${key}": {"polluted": true}}}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]).toMatchObject({ code: 'forbidden-key', line: 1, column: 8 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(parseJson(JSON.stringify({ text: '['.repeat(500) })).ok).toBe(true);
  });
});
