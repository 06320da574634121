import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../../src/engine/graph/analyze';
import { CHANNELS, POST_LEVELS } from '../../src/engine/format/ids';
import type { Scenario } from '../../src/engine/format/scenario';
import { validateScenarioText } from '../../src/engine/validate/validate';
import { bundledScenarioFiles, loadBundled, readBundled } from '../fixtures/bundled';
import { framework } from '../fixtures/framework';

/** The eight seminar scenarios; the small demo scenario is exempt from the size rules. */
const LIBRARY = ['spring-flood', 'heating-failure', 'tariff-hearing', 'viral-video', 'fake-voice-message', 'reception-day', 'mine-press-conference', 'water-alert'];
const present = LIBRARY.filter((id) => bundledScenarioFiles().includes(`${id}.json`));

describe('every bundled scenario', () => {
  it.each(bundledScenarioFiles())('%s validates with no errors and no warnings', (file) => {
    const result = validateScenarioText(readBundled(file), framework());
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });
});

describe.runIf(present.length > 0)('the seminar library rules', () => {
  const scenarios = new Map<string, Scenario>(present.map((id) => [id, loadBundled(`${id}.json`)]));

  describe.each(present)('%s', (id) => {
    const scenario = scenarios.get(id)!;
    const analysis = analyzeScenario(scenario, framework());

    it('has at least 20 scenes and a resolved, a partial and a failed ending, all reachable', () => {
      expect(scenario.scenes.length).toBeGreaterThanOrEqual(20);
      expect(new Set(scenario.endings.map((e) => e.outcome))).toEqual(new Set(['resolved', 'partial', 'failed']));
      expect(analysis.reachableEndings).toHaveLength(scenario.endings.length);
      expect(analysis.unreachableScenes).toEqual([]);
      expect(analysis.deadEnds).toEqual([]);
    });

    it('uses at least two channels, two timed decisions, an inject unless the trainee acted, and the clock', () => {
      expect(new Set(scenario.scenes.map((s) => s.channel)).size).toBeGreaterThanOrEqual(2);
      expect(scenario.scenes.filter((s) => s.timeLimit).length).toBeGreaterThanOrEqual(2);
      expect((scenario.injects ?? []).filter((i) => i.unless).length).toBeGreaterThanOrEqual(1);
      expect(scenario.clockStart).toBeDefined();
      expect(scenario.scenes.some((s) => s.clock) || scenario.scenes.some((s) => s.responses?.some((r) => r.clock))).toBe(true);
    });

    it('keys every response to indicators with doctrine tags and explains it in all three languages', () => {
      expect(scenario.languages.slice().sort()).toEqual(['en', 'kk', 'ru']);
      for (const scene of scenario.scenes) {
        for (const response of scene.responses ?? []) {
          expect(response.evidence.length, `${scene.id}/${response.id}`).toBeGreaterThan(0);
          expect(response.tags?.length ?? 0, `${scene.id}/${response.id} tags`).toBeGreaterThan(0);
          expect(typeof response.feedback === 'object' && Object.keys(response.feedback).sort()).toEqual(['en', 'kk', 'ru']);
        }
      }
    });

    it('observes every competency it claims at least three times on every complete path', () => {
      for (const competency of scenario.competencies) {
        expect(analysis.competencies[competency]!.minObservations, competency).toBeGreaterThanOrEqual(3);
      }
    });
  });

  it.runIf(present.length === LIBRARY.length)('together covers all competencies, every channel, all Cooperation levels, and four compose tasks', () => {
    const all = [...scenarios.values()];
    expect(new Set(all.flatMap((s) => s.competencies))).toEqual(new Set(framework().competencies.keys()));
    expect(new Set(all.flatMap((s) => s.scenes.map((scene) => scene.channel)))).toEqual(new Set(CHANNELS));
    expect(new Set(all.filter((s) => s.competencies.includes('COOP')).flatMap((s) => s.postLevels))).toEqual(new Set(POST_LEVELS));
    expect(all.filter((s) => s.scenes.some((scene) => scene.compose)).length).toBeGreaterThanOrEqual(4);
  });
});
