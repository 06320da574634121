import type { Scenario } from '../format/scenario';
import { buildSceneGraph, canReachEnding, reachableFromStart } from '../graph/scene-graph';
import type { Report } from './report';

/** Checks that each scene offers a way on, timers are usable, and every scene is reachable and can end. */
export function checkFlow(report: Report, scenario: Scenario): void {
  scenario.scenes.forEach((scene, s) => {
    const p = `/scenes/${s}`;
    const responses = scene.responses ?? [];
    if (scene.compose && responses.length > 0) {
      report.error('responses-and-compose', p, `Scene "${scene.id}" has both responses and a compose task`, 'A scene offers one or the other; split it into two scenes.');
    }
    if (!scene.compose && responses.length === 0) {
      report.error('dead-end', p, `Scene "${scene.id}" has no way out and is not an ending`, 'Add responses, a compose task, or point to an ending.');
    }
    if (scene.compose) {
      const { minFragments, maxFragments, fragments } = scene.compose;
      if (minFragments > maxFragments) report.error('compose-range', `${p}/compose/minFragments`, `minFragments (${minFragments}) is more than maxFragments (${maxFragments})`);
      if (maxFragments > fragments.length) report.error('compose-range', `${p}/compose/maxFragments`, `maxFragments (${maxFragments}) is more than the ${fragments.length} fragments offered`);
      if (scene.timeLimit) report.error('timer-on-compose', `${p}/timeLimit`, `Scene "${scene.id}" puts a time limit on a compose task`, 'Time limits apply to decisions between responses; move the task to a scene without a timer.');
    }
    responses.forEach((response, r) => {
      if (response.timeoutOnly && scene.timeLimit?.onTimeout !== response.id) {
        report.error('timeout-only-unused', `${p}/responses/${r}/timeoutOnly`, `Response "${response.id}" is only taken on timeout, but the scene's timer does not name it`, `Set "timeLimit": { "seconds": …, "onTimeout": "${response.id}" } or remove "timeoutOnly".`);
      }
    });
    if (responses.length > 0 && responses.every((r) => r.timeoutOnly)) {
      report.error('no-visible-response', `${p}/responses`, `Scene "${scene.id}" shows no response to choose`, 'At least one response must not be "timeoutOnly".');
    }
  });

  const graph = buildSceneGraph(scenario);
  if (graph.start < 0) return;
  if (graph.start >= graph.sceneCount) {
    report.error('start-is-ending', '/start', 'The scenario starts at an ending', 'Point "start" at the first scene.');
    return;
  }
  const reachable = reachableFromStart(graph);
  const ending = canReachEnding(graph);
  scenario.scenes.forEach((scene, s) => {
    if (!reachable[s]) {
      report.warning('unreachable-scene', `/scenes/${s}`, `No path from the start reaches scene "${scene.id}"`, 'Point a response at it, or remove it.');
    } else if (!ending[s] && (scene.responses?.length || scene.compose)) {
      report.error('no-way-to-ending', `/scenes/${s}`, `From scene "${scene.id}" no ending can be reached: a trainee would loop for ever`, 'Give one of the responses on this loop a way to an ending.');
    }
  });
  scenario.endings.forEach((e, i) => {
    const node = graph.sceneCount + i;
    if (!reachable[node]) report.warning('unreachable-ending', `/endings/${i}`, `No path from the start reaches ending "${e.id}"`);
  });
}
