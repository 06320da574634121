import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/engine/validate/validate';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

/** The fake scenario written in format 1, the pre-release draft. */
function formatOne(): Record<string, unknown> {
  const { start, scenes, ...rest } = fakeScenario();
  return {
    ...rest,
    formatVersion: 1,
    startScene: start,
    scenes: scenes.map(({ responses, timeLimit, ...scene }) => ({
      ...scene,
      ...(timeLimit ? { timeLimitSeconds: timeLimit.seconds, timeoutChoice: timeLimit.onTimeout } : {}),
      ...(responses ? { choices: responses.map(({ next, ...r }) => ({ ...r, goto: next })) } : {}),
    })),
  };
}

describe('migration', () => {
  it('converts format 1 to the current format on load, equal to the same scenario written today', () => {
    const result = validateScenarioText(scenarioText(formatOne()), framework());
    expect(result.ok).toBe(true);
    expect(result.migratedFrom).toBe(1);
    expect(result.value).toEqual(fakeScenario());
    expect(result.diagnostics.map((d) => d.code)).toEqual(['migrated']);
  });
});
