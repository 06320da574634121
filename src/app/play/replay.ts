import type { Scenario } from '../../engine/format/scenario';
import type { Decision } from '../../engine/machine/run.types';
import { movesOf } from '../../engine/report/replay';
import { playScenario } from '../../engine/run/headless';

/** The saved run that resumes a finished run just before its decision number `index`. */
export function replaySnapshot(
  scenario: Scenario,
  decisions: readonly Decision[],
  index: number,
  practice: boolean,
): unknown {
  return playScenario(scenario, movesOf(decisions, index), {
    input: { pauseBetweenScenes: practice },
  }).persisted;
}
