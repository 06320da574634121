/** How serious a problem is: errors stop a scenario from running, warnings do not. */
export type Severity = 'error' | 'warning';

/** A problem found in a scenario file, located so that a trainer can act on it. */
export interface Diagnostic {
  severity: Severity;
  /** A stable code for the kind of problem, e.g. `unknown-scene`. */
  code: string;
  /** What is wrong, in words a trainer understands. */
  message: string;
  /** JSON pointer to the value concerned, e.g. `/scenes/3/responses/1/next`. */
  pointer: string;
  /** 1-based line in the source file (1 when the file could not be read as JSON at all). */
  line: number;
  /** 1-based column in the source file. */
  column: number;
  /** What to do about it, when that helps. */
  hint?: string;
}

/** A diagnostic before it has been located in the source text. */
export type UnlocatedDiagnostic = Omit<Diagnostic, 'line' | 'column'> & { offset?: number };

/** Builds a JSON pointer from path segments, escaping `~` and `/`. */
export function toPointer(path: readonly (string | number | symbol)[]): string {
  return path
    .map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}

/** Splits a JSON pointer into path segments (numbers for array indices). */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
    });
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
