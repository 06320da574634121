import type { Evidence } from '../format/effects';
import type { Scene } from '../format/scene';
import type { Response } from '../format/response';
import { evaluate } from './conditions';
import type { ScenarioIndex } from './scenario-index';
import type { EvidenceRecord, EvidenceSource, RunContext, RunInput, TranscriptEntry } from './run.types';

/** The run's state before anything happened. */
export function initialContext(index: ScenarioIndex, input: RunInput = {}, startSceneId?: string): RunContext {
  const { scenario } = index;
  const meters: Record<string, number> = {};
  for (const meter of scenario.meters) meters[meter.id] = clampMeter(index, meter.id, input.meters?.[meter.id] ?? meter.initial);
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    sceneId: startSceneId ?? scenario.start,
    meters,
    flags: [...new Set(input.flags ?? [])],
    clock: input.clock ?? 0,
    transcript: [],
    evidence: [],
    redFlags: [],
    decisions: [],
    injectsDelivered: [],
    endingId: null,
    pauseBetweenScenes: input.pauseBetweenScenes ?? false,
    timeLimits: !input.noTimeLimits,
  };
}

function clampMeter(index: ScenarioIndex, id: string, value: number): number {
  const meter = index.meters.get(id);
  if (!meter) return value;
  return Math.min(meter.max ?? 100, Math.max(meter.min ?? 0, value));
}

function withEffects(index: ScenarioIndex, meters: Record<string, number>, effects: Record<string, number> | undefined): Record<string, number> {
  if (!effects) return meters;
  const next = { ...meters };
  for (const [id, delta] of Object.entries(effects)) {
    if (index.meters.has(id)) next[id] = clampMeter(index, id, (next[id] ?? 0) + delta);
  }
  return next;
}

function withFlags(flags: readonly string[], set: readonly string[] | undefined, clear?: readonly string[]): string[] {
  const result = new Set(flags);
  for (const flag of set ?? []) result.add(flag);
  for (const flag of clear ?? []) result.delete(flag);
  return [...result];
}

/** Delivers the story-clock injects that are due and allowed. */
function deliverDueInjects(index: ScenarioIndex, context: RunContext): RunContext {
  let next = context;
  for (const inject of index.scenario.injects ?? []) {
    if (next.injectsDelivered.includes(inject.id) || inject.at > next.clock) continue;
    if (inject.when && !evaluate(inject.when, next)) continue;
    if (inject.unless && evaluate(inject.unless, next)) continue;
    const feed: TranscriptEntry[] = inject.items.map((_, i) => ({ kind: 'feed', origin: { from: 'inject', injectId: inject.id, index: i }, clock: next.clock }));
    next = {
      ...next,
      meters: withEffects(index, next.meters, inject.effects),
      flags: withFlags(next.flags, inject.setFlags),
      transcript: [...next.transcript, ...feed],
      injectsDelivered: [...next.injectsDelivered, inject.id],
    };
  }
  return next;
}

/** Starts the run: the opening feed and anything due at the start. */
export function openRun(index: ScenarioIndex, context: RunContext): RunContext {
  const feed: TranscriptEntry[] = (index.scenario.openingFeed ?? []).map((_, i) => ({ kind: 'feed', origin: { from: 'opening', index: i }, clock: context.clock }));
  return { ...context, transcript: [...context.transcript, ...feed] };
}

/** Opens a scene: advances the clock, applies its effects, shows it and its feed, delivers due injects. */
export function enterScene(index: ScenarioIndex, context: RunContext, sceneId: string): RunContext {
  const scene = index.scenes.get(sceneId);
  if (!scene) return context;
  const clock = context.clock + (scene.clock ?? 0);
  const feed: TranscriptEntry[] = (scene.feed ?? []).map((_, i) => ({ kind: 'feed', origin: { from: 'scene', sceneId, index: i }, clock }));
  const opened: RunContext = {
    ...context,
    sceneId,
    clock,
    meters: withEffects(index, context.meters, scene.effects),
    transcript: [...context.transcript, { kind: 'scene', sceneId, clock }, ...feed],
  };
  return deliverDueInjects(index, opened);
}

function records(sceneId: string, evidence: readonly Evidence[], source: EvidenceSource, clock: number): EvidenceRecord[] {
  return evidence.map((e) => {
    const record: EvidenceRecord = { sceneId, source, indicator: e.indicator, weight: e.weight ?? 1, clock };
    if (e.tag) record.tag = e.tag;
    return record;
  });
}

export function findResponse(scene: Scene | undefined, responseId: string): Response | undefined {
  return scene?.responses?.find((r) => r.id === responseId);
}

/** Applies a response: logs it and its evidence, then its flags, effects and clock cost. */
export function applyResponse(index: ScenarioIndex, context: RunContext, sceneId: string, responseId: string, timedOut: boolean, elapsedMs?: number): RunContext {
  const response = findResponse(index.scenes.get(sceneId), responseId);
  if (!response) return context;
  const at = context.clock;
  return {
    ...context,
    clock: at + (response.clock ?? 0),
    meters: withEffects(index, context.meters, response.effects),
    flags: withFlags(context.flags, response.setFlags, response.clearFlags),
    transcript: [...context.transcript, { kind: 'response', sceneId, responseId, clock: at, timedOut }],
    evidence: [...context.evidence, ...records(sceneId, response.evidence, { kind: 'response', responseId, timedOut }, at)],
    redFlags: [...context.redFlags, ...(response.redFlags ?? []).map((flag) => ({ sceneId, flag, by: responseId }))],
    decisions: [...context.decisions, elapsedMs === undefined ? { sceneId, responseId, clock: at, timedOut } : { sceneId, responseId, clock: at, timedOut, elapsedMs }],
  };
}

/** True when a selection of fragments is a statement the task accepts. */
export function isValidComposition(scene: Scene | undefined, fragmentIds: readonly string[]): boolean {
  const task = scene?.compose;
  if (!task) return false;
  if (fragmentIds.length < task.minFragments || fragmentIds.length > task.maxFragments) return false;
  if (new Set(fragmentIds).size !== fragmentIds.length) return false;
  return fragmentIds.every((id) => task.fragments.some((f) => f.id === id));
}

/** The evidence a composed statement produces: each fragment's, each missing element's, and the order's. */
export function compositionEvidence(scene: Scene, fragmentIds: readonly string[], clock: number): EvidenceRecord[] {
  const task = scene.compose;
  if (!task) return [];
  const chosen = fragmentIds.map((id) => task.fragments.find((f) => f.id === id)).filter((f) => f !== undefined);
  const result: EvidenceRecord[] = chosen.flatMap((f) => records(scene.id, f.evidence, { kind: 'fragment', fragmentId: f.id }, clock));
  const present = new Set(chosen.map((f) => f.element).filter((e) => e !== undefined));
  for (const element of task.elements) {
    if (!present.has(element.id)) result.push(...records(scene.id, element.missing.evidence, { kind: 'missing-element', elementId: element.id }, clock));
  }
  if (task.order) {
    const followed = followsOrder(chosen.map((f) => f.element), task.order.sequence);
    if (followed !== null) {
      result.push(...records(scene.id, followed ? task.order.followed : task.order.broken, { kind: 'order', followed }, clock));
    }
  }
  return result;
}

/**
 * Whether the elements, in the order chosen, follow the recommended sequence (elements not in the
 * sequence are ignored). Null when fewer than two sequenced elements were chosen: nothing to judge.
 */
export function followsOrder(elements: readonly (string | undefined)[], sequence: readonly string[]): boolean | null {
  const ranks = elements.map((e) => (e === undefined ? -1 : sequence.indexOf(e))).filter((rank) => rank >= 0);
  if (new Set(ranks).size < 2) return null;
  for (let i = 1; i < ranks.length; i++) if ((ranks[i] ?? 0) < (ranks[i - 1] ?? 0)) return false;
  return true;
}

/** Applies a composed statement. */
export function applyCompose(index: ScenarioIndex, context: RunContext, sceneId: string, fragmentIds: readonly string[], elapsedMs?: number): RunContext {
  const scene = index.scenes.get(sceneId);
  const task = scene?.compose;
  if (!scene || !task) return context;
  const at = context.clock;
  const chosen = task.fragments.filter((f) => fragmentIds.includes(f.id));
  const meters = chosen.reduce((m, f) => withEffects(index, m, f.effects), withEffects(index, context.meters, task.effects));
  const flags = chosen.reduce((set, f) => withFlags(set, f.setFlags), withFlags(context.flags, task.setFlags));
  return {
    ...context,
    clock: at + (task.clock ?? 0),
    meters,
    flags,
    transcript: [...context.transcript, { kind: 'compose', sceneId, fragmentIds: [...fragmentIds], clock: at }],
    evidence: [...context.evidence, ...compositionEvidence(scene, fragmentIds, at)],
    redFlags: [...context.redFlags, ...chosen.flatMap((f) => (f.redFlags ?? []).map((flag) => ({ sceneId, flag, by: f.id })))],
    decisions: [...context.decisions, elapsedMs === undefined ? { sceneId, responseId: null, fragmentIds: [...fragmentIds], clock: at, timedOut: false } : { sceneId, responseId: null, fragmentIds: [...fragmentIds], clock: at, timedOut: false, elapsedMs }],
  };
}

/** True when a real-time scene inject may still arrive. */
export function sceneInjectAllowed(index: ScenarioIndex, context: RunContext, sceneId: string, injectIndex: number): boolean {
  const inject = index.scenes.get(sceneId)?.injects?.[injectIndex];
  return inject !== undefined && !(inject.unless && evaluate(inject.unless, context));
}

/** Delivers a real-time scene inject. */
export function deliverSceneInject(index: ScenarioIndex, context: RunContext, sceneId: string, injectIndex: number): RunContext {
  const inject = index.scenes.get(sceneId)?.injects?.[injectIndex];
  if (!inject) return context;
  const feed: TranscriptEntry[] = inject.items.map((_, i) => ({ kind: 'feed', origin: { from: 'scene-inject', sceneId, inject: injectIndex, index: i }, clock: context.clock }));
  return {
    ...context,
    meters: withEffects(index, context.meters, inject.effects),
    flags: withFlags(context.flags, inject.setFlags),
    transcript: [...context.transcript, ...feed],
  };
}

/** Closes the run at an ending. */
export function reachEnding(context: RunContext, endingId: string): RunContext {
  return { ...context, sceneId: endingId, endingId, transcript: [...context.transcript, { kind: 'ending', endingId, clock: context.clock }] };
}
