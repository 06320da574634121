import type { Scenario } from '../format/scenario';
import type { Evidence } from '../format/effects';
import type { PostLevel } from '../format/ids';
import { POST_LEVELS } from '../format/ids';
import { t } from '../format/text';
import type { FrameworkIndex } from '../framework-index';
import type { Report } from './report';

/** Post levels at which some evidence in the list observes each competency. */
function levelsObserved(evidence: readonly Evidence[], fw: FrameworkIndex): Map<string, Set<PostLevel>> {
  const observed = new Map<string, Set<PostLevel>>();
  for (const item of evidence) {
    const indicator = fw.indicators.get(item.indicator);
    if (!indicator) continue;
    const set = observed.get(indicator.competency) ?? new Set<PostLevel>();
    for (const level of indicator.levels ?? POST_LEVELS) set.add(level);
    observed.set(indicator.competency, set);
  }
  return observed;
}

/** Checks that choices carry evidence, and that the claimed competencies are observed at every target level. */
export function checkEvidence(report: Report, scenario: Scenario, fw: FrameworkIndex): void {
  const observedAnywhere = new Set<string>();
  const declared = new Set(scenario.competencies);
  const undeclaredReported = new Set<string>();

  const visit = (evidence: readonly Evidence[], pointer: string, label: string): void => {
    const observed = levelsObserved(evidence, fw);
    for (const [competency, levels] of observed) {
      observedAnywhere.add(competency);
      if (!declared.has(competency) && !undeclaredReported.has(competency)) {
        undeclaredReported.add(competency);
        report.warning('undeclared-competency', pointer, `${label} observes "${competency}", which the scenario does not list in "competencies"`, `Add "${competency}" to "competencies", or key the evidence to a listed competency.`);
      }
      const missing = scenario.postLevels.filter((level) => !levels.has(level));
      if (missing.length > 0) {
        const name = t(fw.competencies.get(competency)?.name, 'en');
        report.warning('level-not-covered', pointer, `${label} observes ${name} only for post level ${[...levels].join(', ')}; trainees at ${missing.join(', ')} get no evidence here`, `Add an indicator of the level ${missing.join(', ')} set (Table 1).`);
      }
    }
  };

  const checkRedFlags = (flags: readonly string[] | undefined, pointer: string): void => {
    flags?.forEach((id, i) => {
      const competency = fw.redFlags.get(id)?.competency;
      if (competency && !declared.has(competency)) {
        report.warning('red-flag-unclaimed', `${pointer}/${i}`, `The red flag "${id}" caps ${competency}, which the scenario does not claim, so it will not show in the profile`, `Add "${competency}" to "competencies", or choose a red flag of a claimed competency.`);
      }
    });
  };

  scenario.scenes.forEach((scene, s) => {
    scene.responses?.forEach((response, r) => {
      checkRedFlags(response.redFlags, `/scenes/${s}/responses/${r}/redFlags`);
      if (response.timeoutOnly && response.evidence.some((e) => fw.indicators.get(e.indicator)?.sign === 1)) {
        report.warning('silence-rewarded', `/scenes/${s}/responses/${r}/evidence`, `Letting the time run out in scene "${scene.id}" is scored as effective`, 'Silence under a time limit is usually an ineffective choice (CERC: be first); check the evidence.');
      }
      const pointer = `/scenes/${s}/responses/${r}/evidence`;
      if (response.evidence.length === 0) {
        report.warning('no-evidence', pointer, `Response "${response.id}" in scene "${scene.id}" has no evidence, so it cannot be scored`, 'Add at least one { "indicator": …, "weight": … }.');
      }
      visit(response.evidence, pointer, `Response "${response.id}"`);
    });
    const compose = scene.compose;
    if (compose) {
      compose.fragments.forEach((fragment, f) => {
        checkRedFlags(fragment.redFlags, `/scenes/${s}/compose/fragments/${f}/redFlags`);
        const pointer = `/scenes/${s}/compose/fragments/${f}/evidence`;
        if (fragment.evidence.length === 0) {
          report.warning('no-evidence', pointer, `Fragment "${fragment.id}" in scene "${scene.id}" has no evidence, so it cannot be scored`);
        }
        visit(fragment.evidence, pointer, `Fragment "${fragment.id}"`);
      });
      compose.elements.forEach((element, e) => visit(element.missing.evidence, `/scenes/${s}/compose/elements/${e}/missing/evidence`, `Element "${element.id}"`));
      if (compose.order) {
        visit(compose.order.followed, `/scenes/${s}/compose/order/followed`, 'The order rule');
        visit(compose.order.broken, `/scenes/${s}/compose/order/broken`, 'The order rule');
      }
    }
  });

  scenario.competencies.forEach((competency, i) => {
    if (fw.competencies.has(competency) && !observedAnywhere.has(competency)) {
      report.warning('competency-not-observed', `/competencies/${i}`, `The scenario claims "${competency}" but no response observes it`, 'Key some responses to its indicators, or remove it from "competencies".');
    }
  });
}
