import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Evidence, Next } from '../../src/engine/format/effects';
import { Inject } from '../../src/engine/format/scenario';
import { TimeLimit } from '../../src/engine/format/response';
import { ComposeTask } from '../../src/engine/format/compose';
import { validateScenarioText } from '../../src/engine/validate/validate';
import { ROOT, framework } from '../fixtures/framework';

const SCHEMAS: Record<string, z.ZodType> = { Next, Evidence, TimeLimit, Inject, ComposeTask };

/** Every JSON example of the guide, with the kind its preceding `<!-- check: … -->` comment names. */
function examples(): { kind: string; json: string; line: number }[] {
  const text = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
  return [...text.matchAll(/<!-- check: (\w+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => ({
    kind: m[1]!,
    json: m[2]!,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

describe('docs/authoring.md', () => {
  it('has checked examples of every part it explains, and no unchecked JSON', () => {
    const text = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
    expect(examples().map((e) => e.kind)).toEqual(['scenario', 'Next', 'Evidence', 'TimeLimit', 'Inject', 'ComposeTask']);
    expect(text.match(/```json/g)).toHaveLength(examples().length);
  });

  it.each(examples().map((e) => [`${e.kind} at line ${e.line}`, e] as const))('example %s is valid', (_, example) => {
    if (example.kind === 'scenario') {
      const result = validateScenarioText(example.json, framework());
      expect(result.diagnostics).toEqual([]);
    } else {
      const result = SCHEMAS[example.kind]!.safeParse(JSON.parse(example.json));
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });
});
