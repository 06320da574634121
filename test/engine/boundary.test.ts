import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/framework';

describe('the engine boundary', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it.each([
    ["import { useState } from 'react';", 'react'],
    ["import { create } from 'zustand';", 'zustand'],
    ["import { App } from '../app/app';", 'app'],
    ['export const width = window.innerWidth;', 'window'],
  ])('refuses %s in src/engine', async (code) => {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: `${ROOT}/src/engine/example.ts` });
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules.some((r) => r === 'no-restricted-imports' || r === 'no-restricted-globals')).toBe(true);
  });

  it('allows the same import outside the engine', async () => {
    const [result] = await eslint.lintText("import { useState } from 'react';\nexport const hook = useState;\n", { filePath: `${ROOT}/src/app/example.ts` });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
