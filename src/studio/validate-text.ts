import frameworkJson from '../../scenarios/framework.json';
import type { Framework } from '../engine/format/framework';
import { indexFramework } from '../engine/framework-index';
import type { Diagnostic } from '../engine/validate/diagnostic';
import { validateScenarioText } from '../engine/validate/validate';

const framework = indexFramework(frameworkJson as Framework);

/** The same diagnostics as `npm run validate`, for text typed in the studio. */
export function validateText(text: string): Diagnostic[] {
  return validateScenarioText(text, framework).diagnostics;
}
