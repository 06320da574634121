import { Framework } from '../format/framework';
import { migrateScenario } from '../format/migrate';
import { Scenario } from '../format/scenario';
import type { FrameworkIndex } from '../framework-index';
import { parseJson, type ParseLimits } from '../json/parse-json';
import { lineColumnAt, offsetOfPointer, type SourceText } from '../json/source';
import { checkEvidence } from './check-evidence';
import { checkFlow } from './check-flow';
import { checkFramework } from './check-framework';
import { checkLanguages } from './check-languages';
import { checkReferences } from './check-references';
import type { Diagnostic, UnlocatedDiagnostic } from './diagnostic';
import { hasErrors } from './diagnostic';
import { knownFieldsAt } from './known-fields';
import { Report } from './report';
import { structuralDiagnostics } from './structural';

/** The outcome of validating a file: the value when there are no errors, and every diagnostic. */
export interface Validation<T> {
  ok: boolean;
  diagnostics: Diagnostic[];
  value?: T;
  /** The format version the file was migrated from, when it was older. */
  migratedFrom?: number;
}

function locate(source: SourceText | undefined, diagnostics: readonly UnlocatedDiagnostic[]): Diagnostic[] {
  const located = diagnostics.map(({ offset, ...d }): Diagnostic => {
    if (!source) return { ...d, line: 1, column: 1 };
    const { line, column } = lineColumnAt(source, offset ?? offsetOfPointer(source, d.pointer));
    return { ...d, line, column };
  });
  return located.sort((a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function finish<T>(source: SourceText | undefined, diagnostics: UnlocatedDiagnostic[], value: T | undefined, migratedFrom?: number): Validation<T> {
  const located = locate(source, diagnostics);
  const ok = !hasErrors(located);
  const result: Validation<T> = { ok, diagnostics: located };
  if (ok && value !== undefined) result.value = value;
  if (migratedFrom !== undefined) result.migratedFrom = migratedFrom;
  return result;
}

function internalError(error: unknown): Validation<never> {
  return {
    ok: false,
    diagnostics: [{ severity: 'error', code: 'internal', message: `The file could not be checked: ${error instanceof Error ? error.message : String(error)}`, pointer: '', line: 1, column: 1, hint: 'Please report this with the file attached.' }],
  };
}

/** Validates an already-parsed scenario; `source` locates diagnostics when the text is known. */
export function validateScenarioValue(input: unknown, framework: FrameworkIndex, source?: SourceText): Validation<Scenario> {
  try {
    const migration = migrateScenario(input);
    if (!migration.ok) return finish<Scenario>(source, [migration.diagnostic], undefined);
    const parsed = Scenario.safeParse(migration.value);
    if (!parsed.success) {
      const diagnostics = structuralDiagnostics(parsed.error, migration.value, (path) => knownFieldsAt(Scenario, path));
      return finish<Scenario>(source, diagnostics, undefined, migration.migratedFrom);
    }
    const scenario = parsed.data;
    const report = new Report();
    if (migration.migratedFrom !== undefined) {
      report.warning('migrated', '/formatVersion', `This scenario uses the older format ${migration.migratedFrom}; it was converted on loading`, 'Save it again from the studio to keep the converted file.');
    }
    checkReferences(report, scenario, framework);
    checkFlow(report, scenario);
    checkEvidence(report, scenario, framework);
    checkLanguages(report, scenario, scenario.languages);
    return finish(source, report.diagnostics, scenario, migration.migratedFrom);
  } catch (error) {
    return internalError(error);
  }
}

/** Validates scenario text: never throws, whatever it is given. */
export function validateScenarioText(text: string, framework: FrameworkIndex, limits?: ParseLimits): Validation<Scenario> {
  try {
    const parsed = parseJson(text, limits);
    if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
    return validateScenarioValue(parsed.value, framework, parsed.source);
  } catch (error) {
    return internalError(error);
  }
}

/** Validates a competency-framework file: never throws. */
export function validateFrameworkText(text: string, limits?: ParseLimits): Validation<Framework> {
  try {
    const parsed = parseJson(text, limits);
    if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
    const result = Framework.safeParse(parsed.value);
    if (!result.success) {
      return finish<Framework>(parsed.source, structuralDiagnostics(result.error, parsed.value, (path) => knownFieldsAt(Framework, path)), undefined);
    }
    const report = new Report();
    checkFramework(report, result.data);
    checkLanguages(report, result.data, ['kk', 'ru', 'en']);
    return finish(parsed.source, report.diagnostics, result.data);
  } catch (error) {
    return internalError(error);
  }
}

/** True when parsed JSON looks like a competency framework rather than a scenario. */
export function isFrameworkText(text: string): boolean {
  const parsed = parseJson(text);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && (parsed.value as { kind?: unknown }).kind === 'framework';
}
