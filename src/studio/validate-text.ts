import frameworkJson from '../../scenarios/framework.json';
import type { Framework } from '../engine/format/framework';
import type { Scenario } from '../engine/format/scenario';
import { indexFramework } from '../engine/framework-index';
import { analyzeScenario, type Analysis } from '../engine/graph/analyze';
import { layoutSceneGraph, type SceneGraphLayout } from '../engine/graph/layout';
import type { Diagnostic } from '../engine/validate/diagnostic';
import { validateScenarioText } from '../engine/validate/validate';

export const framework = indexFramework(frameworkJson as Framework);

/** What the studio learns from the text: the same diagnostics as `npm run validate`, and the analysis when it is valid. */
export interface Checked {
  diagnostics: Diagnostic[];
  analysis: Analysis | null;
  /** The scenario when it has no errors, for play-testing. */
  scenario: Scenario | null;
  /** The scene graph laid out, when the scenario has no errors. */
  layout: SceneGraphLayout | null;
}

export function checkText(text: string): Checked {
  const result = validateScenarioText(text, framework);
  const scenario = result.value ?? null;
  if (!scenario) return { diagnostics: result.diagnostics, analysis: null, scenario, layout: null };
  const analysis = analyzeScenario(scenario, framework);
  const layout = layoutSceneGraph(scenario, {
    unreachable: analysis.unreachableScenes,
    deadEnds: analysis.deadEnds,
  });
  return { diagnostics: result.diagnostics, analysis, scenario, layout };
}
