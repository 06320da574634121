import type { Scenario } from '../format/scenario';
import type { Condition } from '../format/condition';
import type { Evidence, FeedItem, Next } from '../format/effects';
import type { FrameworkIndex } from '../framework-index';
import { targetsOf } from '../graph/targets';
import { didYouMean } from './suggest';
import type { Report } from './report';

/** A set of known ids, kept as a set for look-ups and as a list for "did you mean" hints. */
class Known {
  readonly set: ReadonlySet<string>;
  constructor(readonly list: readonly string[]) {
    this.set = new Set(list);
  }
  has(id: string): boolean {
    return this.set.has(id);
  }
}

/** The ids a scenario declares, for checking references against. */
interface Declared {
  targets: Known;
  cast: Known;
  meters: Known;
  flags: Known;
}

/** The framework's ids, built once per check. */
interface FrameworkIds {
  indicators: Known;
  tags: Known;
  redFlags: Known;
  competencies: Known;
}

function checkUnique(report: Report, items: readonly { id: string }[], basePointer: string, what: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      report.error('duplicate-id', `${basePointer}/${i}/id`, `Two ${what} have the id "${item.id}"`, `The first is at ${basePointer}/${first}; ids must be unique.`);
    } else seen.set(item.id, i);
  });
}

function checkRef(report: Report, id: string, known: Known, pointer: string, code: string, what: string): void {
  if (!known.has(id)) report.error(code, pointer, `Unknown ${what} "${id}"`, didYouMean(id, known.list, `${what}s`));
}

function checkCondition(report: Report, condition: Condition, pointer: string, declared: Declared): void {
  if ('meter' in condition) checkRef(report, condition.meter, declared.meters, `${pointer}/meter`, 'unknown-meter', 'meter');
  else if ('flag' in condition) checkRef(report, condition.flag, declared.flags, `${pointer}/flag`, 'unknown-flag', 'flag');
  else if ('all' in condition) condition.all.forEach((c, i) => checkCondition(report, c, `${pointer}/all/${i}`, declared));
  else if ('any' in condition) condition.any.forEach((c, i) => checkCondition(report, c, `${pointer}/any/${i}`, declared));
  else if ('not' in condition) checkCondition(report, condition.not, `${pointer}/not`, declared);
}

function checkNext(report: Report, next: Next, pointer: string, declared: Declared): void {
  for (const target of targetsOf(next)) {
    checkRef(report, target.id, declared.targets, pointer + target.pointer, 'unknown-scene', 'scene or ending');
  }
  if (typeof next !== 'string') {
    next.routes.forEach((route, i) => checkCondition(report, route.when, `${pointer}/routes/${i}/when`, declared));
  }
}

function checkEffects(report: Report, effects: Record<string, number> | undefined, pointer: string, declared: Declared): void {
  for (const meter of Object.keys(effects ?? {})) {
    checkRef(report, meter, declared.meters, `${pointer}/${meter}`, 'unknown-meter', 'meter');
  }
}

function checkFlags(report: Report, flags: readonly string[] | undefined, pointer: string, declared: Declared): void {
  flags?.forEach((flag, i) => checkRef(report, flag, declared.flags, `${pointer}/${i}`, 'unknown-flag', 'flag'));
}

function checkFeed(report: Report, items: readonly FeedItem[] | undefined, pointer: string, declared: Declared): void {
  items?.forEach((item, i) => {
    if (item.author) checkRef(report, item.author, declared.cast, `${pointer}/${i}/author`, 'unknown-cast', 'cast member');
    if (item.amplifiedBy) checkRef(report, item.amplifiedBy, declared.meters, `${pointer}/${i}/amplifiedBy`, 'unknown-meter', 'meter');
  });
}

function checkEvidence(report: Report, evidence: readonly Evidence[], pointer: string, fw: FrameworkIds): void {
  evidence.forEach((item, i) => {
    checkRef(report, item.indicator, fw.indicators, `${pointer}/${i}/indicator`, 'unknown-indicator', 'indicator');
    if (item.tag) checkRef(report, item.tag, fw.tags, `${pointer}/${i}/tag`, 'unknown-tag', 'doctrine tag');
  });
}

function checkTags(report: Report, tags: readonly string[] | undefined, redFlags: readonly string[] | undefined, pointer: string, fw: FrameworkIds): void {
  tags?.forEach((tag, i) => checkRef(report, tag, fw.tags, `${pointer}/tags/${i}`, 'unknown-tag', 'doctrine tag'));
  redFlags?.forEach((flag, i) => checkRef(report, flag, fw.redFlags, `${pointer}/redFlags/${i}`, 'unknown-red-flag', 'red flag'));
}

/** Checks that every id is unique and every reference points at something declared. */
export function checkReferences(report: Report, scenario: Scenario, framework: FrameworkIndex): void {
  const declared: Declared = {
    targets: new Known([...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)]),
    cast: new Known(scenario.cast.map((c) => c.id)),
    meters: new Known(scenario.meters.map((m) => m.id)),
    flags: new Known((scenario.flags ?? []).map((f) => f.id)),
  };
  const fw: FrameworkIds = {
    indicators: new Known([...framework.indicators.keys()]),
    tags: new Known([...framework.doctrine.keys()]),
    redFlags: new Known([...framework.redFlags.keys()]),
    competencies: new Known([...framework.competencies.keys()]),
  };
  const targets = [...scenario.scenes, ...scenario.endings.map((e) => ({ id: e.id }))];
  const sceneCount = scenario.scenes.length;
  const seen = new Map<string, number>();
  targets.forEach((item, i) => {
    const pointer = i < sceneCount ? `/scenes/${i}/id` : `/endings/${i - sceneCount}/id`;
    if (seen.has(item.id)) report.error('duplicate-id', pointer, `Two scenes or endings have the id "${item.id}"`, 'Scene and ending ids must be unique.');
    else seen.set(item.id, i);
  });
  checkUnique(report, scenario.cast, '/cast', 'cast members');
  checkUnique(report, scenario.meters, '/meters', 'meters');
  checkUnique(report, scenario.flags ?? [], '/flags', 'flags');
  checkUnique(report, scenario.injects ?? [], '/injects', 'injects');

  scenario.competencies.forEach((id, i) => checkRef(report, id, fw.competencies, `/competencies/${i}`, 'unknown-competency', 'competency'));
  checkRef(report, scenario.start, declared.targets, '/start', 'unknown-scene', 'scene');
  checkFeed(report, scenario.openingFeed, '/openingFeed', declared);

  scenario.meters.forEach((meter, i) => {
    const min = meter.min ?? 0;
    const max = meter.max ?? 100;
    if (min >= max) report.error('meter-range', `/meters/${i}`, `Meter "${meter.id}" has min ${min} not below max ${max}`);
    else if (meter.initial < min || meter.initial > max) report.error('meter-range', `/meters/${i}/initial`, `Meter "${meter.id}" starts at ${meter.initial}, outside its range ${min}–${max}`);
  });

  scenario.injects?.forEach((inject, i) => {
    const p = `/injects/${i}`;
    if (inject.when) checkCondition(report, inject.when, `${p}/when`, declared);
    if (inject.unless) checkCondition(report, inject.unless, `${p}/unless`, declared);
    checkFeed(report, inject.items, `${p}/items`, declared);
    checkEffects(report, inject.effects, `${p}/effects`, declared);
    checkFlags(report, inject.setFlags, `${p}/setFlags`, declared);
  });

  scenario.scenes.forEach((scene, s) => {
    const p = `/scenes/${s}`;
    if (scene.speaker) checkRef(report, scene.speaker, declared.cast, `${p}/speaker`, 'unknown-cast', 'cast member');
    checkFeed(report, scene.feed, `${p}/feed`, declared);
    checkEffects(report, scene.effects, `${p}/effects`, declared);
    scene.injects?.forEach((inject, i) => {
      if (inject.unless) checkCondition(report, inject.unless, `${p}/injects/${i}/unless`, declared);
      checkFeed(report, inject.items, `${p}/injects/${i}/items`, declared);
      checkEffects(report, inject.effects, `${p}/injects/${i}/effects`, declared);
      checkFlags(report, inject.setFlags, `${p}/injects/${i}/setFlags`, declared);
    });
    const responses = scene.responses ?? [];
    checkUnique(report, responses, `${p}/responses`, 'responses of this scene');
    const responseIds = new Known(responses.map((r) => r.id));
    responses.forEach((response, r) => {
      const rp = `${p}/responses/${r}`;
      checkNext(report, response.next, `${rp}/next`, declared);
      checkEffects(report, response.effects, `${rp}/effects`, declared);
      checkFlags(report, response.setFlags, `${rp}/setFlags`, declared);
      checkFlags(report, response.clearFlags, `${rp}/clearFlags`, declared);
      checkEvidence(report, response.evidence, `${rp}/evidence`, fw);
      checkTags(report, response.tags, response.redFlags, rp, fw);
      if (response.better !== undefined) {
        if (response.better === response.id) report.error('better-is-self', `${rp}/better`, `Response "${response.id}" names itself as the better option`);
        else checkRef(report, response.better, responseIds, `${rp}/better`, 'unknown-response', 'response of this scene');
      }
    });
    if (scene.timeLimit) checkRef(report, scene.timeLimit.onTimeout, responseIds, `${p}/timeLimit/onTimeout`, 'unknown-response', 'response of this scene');
    const compose = scene.compose;
    if (compose) {
      const cp = `${p}/compose`;
      checkNext(report, compose.next, `${cp}/next`, declared);
      checkEffects(report, compose.effects, `${cp}/effects`, declared);
      checkFlags(report, compose.setFlags, `${cp}/setFlags`, declared);
      checkUnique(report, compose.fragments, `${cp}/fragments`, 'fragments');
      checkUnique(report, compose.elements, `${cp}/elements`, 'elements');
      const elementIds = new Known(compose.elements.map((e) => e.id));
      compose.fragments.forEach((fragment, f) => {
        const fp = `${cp}/fragments/${f}`;
        if (fragment.element) checkRef(report, fragment.element, elementIds, `${fp}/element`, 'unknown-element', 'element');
        checkEffects(report, fragment.effects, `${fp}/effects`, declared);
        checkFlags(report, fragment.setFlags, `${fp}/setFlags`, declared);
        checkEvidence(report, fragment.evidence, `${fp}/evidence`, fw);
        checkTags(report, fragment.tags, fragment.redFlags, fp, fw);
      });
      compose.elements.forEach((element, e) => {
        checkEvidence(report, element.missing.evidence, `${cp}/elements/${e}/missing/evidence`, fw);
        if (!compose.fragments.some((f) => f.element === element.id)) {
          report.error('element-without-fragment', `${cp}/elements/${e}`, `No fragment provides the element "${element.id}"`, 'Add a fragment with "element": "' + element.id + '".');
        }
      });
      compose.order?.sequence.forEach((id, i) => checkRef(report, id, elementIds, `${cp}/order/sequence/${i}`, 'unknown-element', 'element'));
      if (compose.order) {
        checkEvidence(report, compose.order.followed, `${cp}/order/followed`, fw);
        checkEvidence(report, compose.order.broken, `${cp}/order/broken`, fw);
      }
    }
  });
}
