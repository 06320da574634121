import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/format/scenario';
import { validateScenarioText } from '../../src/engine/validate/validate';
import { fakeScenario, positionOf, scenarioText } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';

function check(scenario: unknown) {
  const text = scenarioText(scenario);
  return { text, result: validateScenarioText(text, framework()) };
}

function edit(change: (s: Scenario) => void): Scenario {
  const scenario = structuredClone(fakeScenario());
  change(scenario);
  return scenario;
}

function only(code: string, scenario: unknown) {
  const { text, result } = check(scenario);
  const found = result.diagnostics.filter((d) => d.code === code);
  expect(found, JSON.stringify(result.diagnostics, null, 1)).toHaveLength(1);
  return { text, diagnostic: found[0]!, result };
}

describe('structural diagnostics', () => {
  it('names a misspelt field and suggests the right one, at its line and column', () => {
    const scenario = edit((s) => Object.assign(s.scenes[0]!, { clokc: 5 }));
    const { text, diagnostic } = only('unknown-field', scenario);
    expect(diagnostic).toMatchObject({ severity: 'error', message: 'Unknown field "clokc"', hint: 'Did you mean "clock"?', pointer: '/scenes/0/clokc', ...positionOf(text, '"clokc"') });
  });

  it('says what type a field should have', () => {
    const { text, diagnostic } = only('wrong-type', edit((s) => Object.assign(s, { estimatedMinutes: 'five' })));
    expect(diagnostic.message).toBe('"estimatedMinutes" should be a number, but it is the text "five"');
    expect(diagnostic).toMatchObject(positionOf(text, '"estimatedMinutes"'));
  });

  it('suggests the closest allowed value', () => {
    const { diagnostic } = only('wrong-value', edit((s) => Object.assign(s.scenes[0]!, { channel: 'phnoe' })));
    expect(diagnostic.hint).toBe('Did you mean "phone"?');
  });

  it('reports a missing required field', () => {
    const { diagnostic } = only('missing-field', edit((s) => delete (s as Partial<Scenario>).start));
    expect(diagnostic.message).toBe('"start" is required but missing');
  });

  it('explains a text of the wrong shape', () => {
    const { diagnostic } = only('unknown-field', edit((s) => Object.assign(s, { title: { en: 'x', fr: 'y' } })));
    expect(diagnostic.pointer).toBe('/title/fr');
  });
});

describe('format versions', () => {
  it('refuses a file made for a newer Tyńda with a clear reason', () => {
    const { diagnostic } = only('format-too-new', { ...fakeScenario(), formatVersion: 3 });
    expect(diagnostic.message).toContain('format 3');
    expect(diagnostic.hint).toBe('Update Tyńda to open it.');
  });

  it('asks for the format version when it is missing', () => {
    const { formatVersion: _, ...rest } = fakeScenario();
    expect(only('missing-format-version', rest).diagnostic.hint).toContain('"formatVersion": 2');
  });
});

describe('semantic diagnostics', () => {
  it('reports an unknown scene with "did you mean"', () => {
    const scenario = edit((s) => (s.scenes[0]!.responses![0]!.next = 'psot'));
    const { text, diagnostic } = only('unknown-scene', scenario);
    expect(diagnostic).toMatchObject({ message: 'Unknown scene or ending "psot"', hint: 'Did you mean "post"?', pointer: '/scenes/0/responses/0/next', ...positionOf(text, '"next": "psot"') });
  });

  it('reports unknown cast members, meters, flags, indicators and tags', () => {
    const scenario = edit((s) => {
      s.scenes[0]!.speaker = 'aigull';
      s.scenes[0]!.responses![0]!.effects = { trsut: 1 };
      s.scenes[0]!.responses![0]!.setFlags = ['statmentIssued'];
      s.scenes[0]!.responses![0]!.evidence = [{ indicator: 'EMP.acknowledge-feelings', tag: 'CERC-EMPP' }];
    });
    const { result } = check(scenario);
    const hints = Object.fromEntries(result.diagnostics.map((d) => [d.code, d.hint]));
    expect(hints).toMatchObject({
      'unknown-cast': 'Did you mean "aigul"?',
      'unknown-meter': 'Did you mean "trust"?',
      'unknown-flag': 'Did you mean "statementIssued"?',
      'unknown-indicator': 'Did you mean "EMP.acknowledges-feelings"?',
      'unknown-tag': 'Did you mean "CERC-EMP"?',
    });
  });

  it('reports duplicate ids at the second one', () => {
    const scenario = edit((s) => (s.scenes[1]!.responses![1]!.id = 'inform'));
    const { text, diagnostic } = only('duplicate-id', scenario);
    expect(diagnostic.pointer).toBe('/scenes/1/responses/1/id');
    expect(diagnostic.line).toBe(positionOf(text, '"id": "inform"', text.indexOf('"id": "inform"') + 1).line);
  });

  it('warns about an unreachable scene', () => {
    const scenario = edit((s) => s.scenes.push({ ...structuredClone(s.scenes[1]!), id: 'orphan' }));
    expect(only('unreachable-scene', scenario).diagnostic).toMatchObject({ severity: 'warning', pointer: '/scenes/3' });
  });

  it('reports a scene with no way out that is not an ending', () => {
    const scenario = edit((s) => (s.scenes[1]!.responses = []));
    expect(only('dead-end', scenario).diagnostic.severity).toBe('error');
  });

  it('reports a loop with no way to an ending', () => {
    const scenario = edit((s) => {
      for (const r of s.scenes[1]!.responses!) r.next = 'call';
    });
    const { result } = check(scenario);
    expect(result.diagnostics.filter((d) => d.code === 'no-way-to-ending').map((d) => d.pointer)).toEqual(['/scenes/0', '/scenes/1']);
  });

  it('reports a timer whose timeout response does not exist', () => {
    const scenario = edit((s) => (s.scenes[0]!.timeLimit = { seconds: 20, onTimeout: 'silense' }));
    const { diagnostic } = only('unknown-response', scenario);
    expect(diagnostic.hint).toBe('Did you mean "silence"?');
  });

  it('warns about a response without evidence', () => {
    const scenario = edit((s) => (s.scenes[1]!.responses![1]!.evidence = []));
    expect(only('no-evidence', scenario).diagnostic.severity).toBe('warning');
  });

  it('warns about a declared competency that no response observes', () => {
    const scenario = edit((s) => s.competencies.push('MEDIA'));
    expect(only('competency-not-observed', scenario).diagnostic.pointer).toBe('/competencies/2');
  });

  it('warns about a missing translation, which will fall back', () => {
    const scenario = edit((s) => (s.title = { en: 'Only English', ru: 'Только русский' }));
    const { diagnostic } = only('missing-translation', scenario);
    expect(diagnostic).toMatchObject({ severity: 'warning', pointer: '/title', message: 'No Kazakh text here; trainees will see it in another language' });
  });

  it('warns when Cooperation evidence misses one of the target post levels', () => {
    const scenario = edit((s) => {
      s.postLevels = ['C', 'B'];
      s.competencies.push('COOP');
      s.scenes[1]!.responses!.forEach((r) => r.evidence.push({ indicator: 'COOP.C.productive-relations' }, { indicator: 'COOP.B.interagency' }));
      s.scenes[0]!.responses!.forEach((r) => r.evidence.push({ indicator: 'COOP.C.builds-trust' }));
    });
    const { result } = check(scenario);
    const levels = result.diagnostics.filter((d) => d.code === 'level-not-covered');
    expect(levels.map((d) => d.pointer)).toEqual(['/scenes/0/responses/0/evidence', '/scenes/0/responses/1/evidence', '/scenes/0/responses/2/evidence']);
    expect(levels[0]!.message).toContain('trainees at B get no evidence here');
  });

  it('warns when a red flag caps a competency the scenario does not claim', () => {
    const scenario = edit((s) => (s.scenes[0]!.responses![1]!.redFlags = ['no-comment-safety']));
    expect(only('red-flag-unclaimed', scenario).diagnostic).toMatchObject({ severity: 'warning', pointer: '/scenes/0/responses/1/redFlags/0' });
  });

  it('warns when letting the time run out is scored as effective', () => {
    const scenario = edit((s) => s.scenes[0]!.responses![2]!.evidence.push({ indicator: 'STRESS.pauses' }));
    expect(only('silence-rewarded', scenario).diagnostic.pointer).toBe('/scenes/0/responses/2/evidence');
  });

  it('reports a compose task that cannot be completed', () => {
    const scenario = edit((s) => (s.scenes[2]!.compose!.maxFragments = 7));
    expect(only('compose-range', scenario).diagnostic.pointer).toBe('/scenes/2/compose/maxFragments');
  });
});

describe('validate never throws', () => {
  it.each([
    ['not JSON', 'hello'],
    ['a list', '[1, 2]'],
    ['null', 'null'],
    ['a string', '"scenario"'],
    ['an empty object', '{}'],
    ['wrong shapes everywhere', JSON.stringify({ formatVersion: 2, scenes: 'many', cast: { a: 1 }, meters: [null] })],
  ])('handles %s with diagnostics', (_, text) => {
    const result = validateScenarioText(text, framework());
    expect(result.ok).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
  });
});
