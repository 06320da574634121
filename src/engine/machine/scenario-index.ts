import type { Scenario, Ending, Meter } from '../format/scenario';
import type { Scene } from '../format/scene';

/** Look-ups over a scenario, built once per run. */
export interface ScenarioIndex {
  scenario: Scenario;
  scenes: Map<string, Scene>;
  endings: Map<string, Ending>;
  meters: Map<string, Meter>;
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  return {
    scenario,
    scenes: new Map(scenario.scenes.map((s) => [s.id, s])),
    endings: new Map(scenario.endings.map((e) => [e.id, e])),
    meters: new Map(scenario.meters.map((m) => [m.id, m])),
  };
}
