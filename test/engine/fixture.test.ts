import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/engine/validate/validate';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

describe('the fake scenario fixture', () => {
  it('is valid with no warnings, so every other test starts from a clean scenario', () => {
    const result = validateScenarioText(scenarioText(fakeScenario()), framework());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
