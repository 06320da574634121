import type { UnlocatedDiagnostic } from '../validate/diagnostic';
import { FORMAT_VERSION } from './scenario';

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; diagnostic: UnlocatedDiagnostic };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Format 1 (the pre-release draft) called responses `choices`, their target `goto`, the start
 * scene `startScene`, and put a time limit in two fields. Format 2 renames and regroups them.
 */
function migrateFrom1(scenario: Json): Json {
  const { startScene, ...rest } = scenario;
  const migrated: Json = { ...rest, formatVersion: 2 };
  if (migrated.start === undefined && startScene !== undefined) migrated.start = startScene;
  if (Array.isArray(migrated.scenes)) {
    migrated.scenes = migrated.scenes.map((scene: unknown) => {
      if (!isObject(scene)) return scene;
      const { choices, timeLimitSeconds, timeoutChoice, ...sceneRest } = scene;
      const next: Json = { ...sceneRest };
      if (Array.isArray(choices)) {
        next.responses = choices.map((choice: unknown) => {
          if (!isObject(choice)) return choice;
          const { goto, ...choiceRest } = choice;
          return goto === undefined ? choiceRest : { ...choiceRest, next: goto };
        });
      }
      if (timeLimitSeconds !== undefined || timeoutChoice !== undefined) {
        next.timeLimit = { seconds: timeLimitSeconds, onTimeout: timeoutChoice };
      }
      return next;
    });
  }
  return migrated;
}

const MIGRATIONS: Record<number, (scenario: Json) => Json> = { 1: migrateFrom1 };

/** Brings a scenario of an older format up to the current one; refuses one that is too new. */
export function migrateScenario(value: unknown): MigrationResult {
  if (!isObject(value)) {
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'not-an-object',
        message: 'A scenario must be a JSON object { … }',
        pointer: '',
        hint: 'Start from a bundled scenario or the template.',
      },
    };
  }
  const version = value.formatVersion;
  if (version === undefined) {
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'missing-format-version',
        message: 'The scenario does not say which format version it uses',
        pointer: '',
        hint: `Add "formatVersion": ${FORMAT_VERSION} at the top.`,
      },
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'bad-format-version',
        message: `"formatVersion" must be a whole number; it is ${JSON.stringify(version)}`,
        pointer: '/formatVersion',
        hint: `Use "formatVersion": ${FORMAT_VERSION}.`,
      },
    };
  }
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      diagnostic: {
        severity: 'error',
        code: 'format-too-new',
        message: `This scenario uses format ${version}, made for a newer Tyńda; this version reads formats 1 to ${FORMAT_VERSION}`,
        pointer: '/formatVersion',
        hint: 'Update Tyńda to open it.',
      },
    };
  }
  let current: Json = value;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) current = step(current);
  }
  return version < FORMAT_VERSION ? { ok: true, value: current, migratedFrom: version } : { ok: true, value: current };
}
