import { assign, setup } from 'xstate';
import type { Scenario } from '../format/scenario';
import type { Scene } from '../format/scene';
import type { Next } from '../format/effects';
import { routeIndex } from './conditions';
import { indexScenario } from './scenario-index';
import type { RunContext, RunEvent, RunInput } from './run.types';
import {
  applyCompose,
  applyResponse,
  deliverSceneInject,
  enterScene,
  findResponse,
  initialContext,
  isValidComposition,
  openRun,
  reachEnding,
  sceneInjectAllowed,
} from './step';

/** Options for compiling: a play-test may start from any scene. */
export interface CompileOptions {
  startSceneId?: string;
}

/** Milliseconds of a scene's time limit. */
export function timeLimitMs(scene: Scene): number | undefined {
  return scene.timeLimit ? scene.timeLimit.seconds * 1000 : undefined;
}

/** Names of a scene's delayed transitions: its time limit and each real-time inject. */
export const limitDelay = (sceneId: string) => `limit:${sceneId}`;
const injectDelay = (sceneId: string, inject: number) => `inject:${sceneId}:${inject}`;

/** Milliseconds of the current decision spent before the run was saved and resumed. */
function spentBefore(context: RunContext): number {
  return context.resumedAfterMs ?? 0;
}

/** The routes of a `next` as (route index, target) pairs; −1 is `otherwise` or a plain target. */
function routesOf(next: Next): { route: number; target: string }[] {
  if (typeof next === 'string') return [{ route: -1, target: next }];
  return [...next.routes.map((r, i) => ({ route: i, target: r.goto })), { route: -1, target: next.otherwise }];
}

/**
 * Compiles a valid scenario into an XState machine: scenes are states (each with an `arriving` and a
 * `deciding` step), responses are events,
 * conditions are named guards, effects and evidence logging are named actions, time limits and
 * real-time injects are delayed transitions, endings are final states.
 */
export function compileScenario(scenario: Scenario, options: CompileOptions = {}) {
  const index = indexScenario(scenario);
  const start = options.startSceneId && index.scenes.has(options.startSceneId) ? options.startSceneId : scenario.start;

  // Each timer and real-time inject has a named delay counted from what was already spent on the
  // decision before the run was saved and resumed, so a reload neither adds time nor repeats an inject.
  const delays: Record<string, ({ context }: { context: RunContext }) => number> = {};
  for (const scene of scenario.scenes) {
    const limit = timeLimitMs(scene);
    if (limit !== undefined) delays[limitDelay(scene.id)] = ({ context }) => Math.max(0, limit - spentBefore(context));
    scene.injects?.forEach((inject, i) => {
      delays[injectDelay(scene.id, i)] = ({ context }) => Math.max(0, inject.afterSeconds * 1000 - spentBefore(context));
    });
  }

  const machineSetup = setup({
    types: {} as { context: RunContext; events: RunEvent; input: RunInput | undefined; output: RunContext },
    delays,
    guards: {
      /** The trainee chose this response, and after its effects the routing picks this route. */
      responseLeadsTo: ({ context, event }, params: { sceneId: string; responseId: string; route: number }) => {
        if (event.type !== 'RESPOND' || event.responseId !== params.responseId) return false;
        const response = findResponse(index.scenes.get(params.sceneId), params.responseId);
        if (!response || response.timeoutOnly) return false;
        const after = applyResponse(index, context, params.sceneId, params.responseId, false);
        return routeIndex(response.next, after) === params.route;
      },
      /** Time ran out, and after the timeout response's effects the routing picks this route. */
      timeoutLeadsTo: ({ context }, params: { sceneId: string; responseId: string; route: number }) => {
        if (context.timeLimits === false) return false;
        const response = findResponse(index.scenes.get(params.sceneId), params.responseId);
        if (!response) return false;
        const after = applyResponse(index, context, params.sceneId, params.responseId, true);
        return routeIndex(response.next, after) === params.route;
      },
      /** The trainee issued a valid statement, and after it the routing picks this route. */
      composeLeadsTo: ({ context, event }, params: { sceneId: string; route: number }) => {
        const scene = index.scenes.get(params.sceneId);
        if (event.type !== 'COMPOSE' || !scene?.compose || !isValidComposition(scene, event.fragmentIds)) return false;
        const after = applyCompose(index, context, params.sceneId, event.fragmentIds);
        return routeIndex(scene.compose.next, after) === params.route;
      },
      /** A real-time inject may still arrive (the trainee has not already acted). */
      sceneInjectAllowed: ({ context }, params: { sceneId: string; inject: number }) =>
        sceneInjectAllowed(index, context, params.sceneId, params.inject) &&
        // One that arrived before the run was saved is in the transcript already.
        (index.scenes.get(params.sceneId)?.injects?.[params.inject]?.afterSeconds ?? 0) * 1000 > spentBefore(context),
      /** The decision starts at once, without waiting for CONTINUE. */
      startsAtOnce: ({ context }) => !context.pauseBetweenScenes,
    },
    actions: {
      openRun: assign(({ context }) => openRun(index, context)),
      enterScene: assign(({ context }, params: { sceneId: string }) => enterScene(index, context, params.sceneId)),
      applyResponse: assign(({ context, event }, params: { sceneId: string; responseId: string }) =>
        applyResponse(index, context, params.sceneId, params.responseId, false, event.type === 'RESPOND' ? event.elapsedMs : undefined),
      ),
      applyTimeout: assign(({ context }, params: { sceneId: string; responseId: string }) =>
        applyResponse(index, context, params.sceneId, params.responseId, true, (index.scenes.get(params.sceneId)?.timeLimit?.seconds ?? 0) * 1000),
      ),
      applyCompose: assign(({ context, event }, params: { sceneId: string }) =>
        event.type === 'COMPOSE' ? applyCompose(index, context, params.sceneId, event.fragmentIds, event.elapsedMs) : context,
      ),
      deliverSceneInject: assign(({ context }, params: { sceneId: string; inject: number }) => deliverSceneInject(index, context, params.sceneId, params.inject)),
      reachEnding: assign(({ context }, params: { endingId: string }) => reachEnding(context, params.endingId)),
      /** The decision is over: the next one starts its timer from zero. */
      clearSpentBefore: assign(({ context }) => (context.resumedAfterMs ? { ...context, resumedAfterMs: 0 } : context)),
    },
  });

  type MachineConfig = Parameters<typeof machineSetup.createMachine>[0];
  type StateConfig = NonNullable<MachineConfig['states']>[string];
  const states: Record<string, StateConfig> = {};

  for (const scene of scenario.scenes) {
    const sceneId = scene.id;
    const respond = (scene.responses ?? []).flatMap((response) =>
      routesOf(response.next).map(({ route, target }) => ({
        target: `#${target}`,
        guard: { type: 'responseLeadsTo' as const, params: { sceneId, responseId: response.id, route } },
        actions: { type: 'applyResponse' as const, params: { sceneId, responseId: response.id } },
      })),
    );
    const compose = scene.compose
      ? routesOf(scene.compose.next).map(({ route, target }) => ({
          target: `#${target}`,
          guard: { type: 'composeLeadsTo' as const, params: { sceneId, route } },
          actions: { type: 'applyCompose' as const, params: { sceneId } },
        }))
      : [];
    const after: Record<string, unknown[]> = {};
    const limit = timeLimitMs(scene);
    const timeout = scene.timeLimit ? findResponse(scene, scene.timeLimit.onTimeout) : undefined;
    if (limit !== undefined && timeout) {
      after[limitDelay(sceneId)] = routesOf(timeout.next).map(({ route, target }) => ({
        target: `#${target}`,
        guard: { type: 'timeoutLeadsTo' as const, params: { sceneId, responseId: timeout.id, route } },
        actions: { type: 'applyTimeout' as const, params: { sceneId, responseId: timeout.id } },
      }));
    }
    scene.injects?.forEach((_, i) => {
      (after[injectDelay(sceneId, i)] ??= []).push({
        guard: { type: 'sceneInjectAllowed' as const, params: { sceneId, inject: i } },
        actions: { type: 'deliverSceneInject' as const, params: { sceneId, inject: i } },
      });
    });
    // A scene first "arrives" (in practice mode it waits there while feedback on the previous
    // decision is read), then the trainee is "deciding": only then do the timer and injects run.
    states[sceneId] = {
      id: sceneId,
      entry: { type: 'enterScene', params: { sceneId } },
      initial: 'arriving',
      states: {
        arriving: { always: { guard: 'startsAtOnce', target: 'deciding' }, on: { CONTINUE: 'deciding' } },
        deciding: {
          on: { RESPOND: respond, COMPOSE: compose },
          after: after as StateConfig['after'],
          exit: 'clearSpentBefore',
        },
      },
    } as StateConfig;
  }
  for (const ending of scenario.endings) {
    states[ending.id] = { id: ending.id, type: 'final', entry: { type: 'reachEnding', params: { endingId: ending.id } } } as StateConfig;
  }

  return machineSetup.createMachine({
    id: `run`,
    context: ({ input }) => initialContext(index, input ?? {}, start),
    initial: start,
    entry: 'openRun',
    states,
    output: ({ context }) => context,
  });
}

/** The machine type of a compiled scenario. */
export type RunMachine = ReturnType<typeof compileScenario>;
