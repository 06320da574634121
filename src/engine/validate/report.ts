import type { Severity, UnlocatedDiagnostic } from './diagnostic';

/** Collects diagnostics during a check. */
export class Report {
  readonly diagnostics: UnlocatedDiagnostic[] = [];

  add(severity: Severity, code: string, pointer: string, message: string, hint?: string): void {
    const diagnostic: UnlocatedDiagnostic = { severity, code, message, pointer };
    if (hint) diagnostic.hint = hint;
    this.diagnostics.push(diagnostic);
  }

  error(code: string, pointer: string, message: string, hint?: string): void {
    this.add('error', code, pointer, message, hint);
  }

  warning(code: string, pointer: string, message: string, hint?: string): void {
    this.add('warning', code, pointer, message, hint);
  }
}
