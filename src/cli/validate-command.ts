import type { Diagnostic } from '../engine/validate/diagnostic';
import { validateFrameworkText, validateScenarioText, isFrameworkText } from '../engine/validate/validate';
import { FRAMEWORK_FILE, SCENARIOS_DIR, displayPath, listJsonFiles, loadFramework, readText } from './files';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'usage: npm run validate -- [--json] [file-or-folder …]   (no path: all of scenarios/)';

/** One line per problem, in the compiler convention. */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  return `${path}:${d.line}:${d.column}: ${d.severity}: ${d.message}${d.hint ? ` — ${d.hint}` : ''}`;
}

/** `npm run validate`: returns the exit status (0 no errors, 1 errors, 2 usage error). */
export function runValidate(args: readonly string[], io: Io): number {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0 || args.includes('--help')) {
    io.err(unknown.length ? `unknown option ${unknown.join(', ')}` : USAGE);
    if (unknown.length) io.err(USAGE);
    return 2;
  }
  const paths = args.filter((a) => !a.startsWith('-'));
  const { files, missing } = listJsonFiles(paths.length ? paths : [SCENARIOS_DIR]);
  if (missing.length > 0) {
    io.err(`no such file or folder: ${missing.join(', ')}`);
    io.err(USAGE);
    return 2;
  }
  const framework = loadFramework();
  const results = files.map((file) => {
    const text = readText(file);
    let diagnostics: Diagnostic[];
    if (text === null) diagnostics = [{ severity: 'error', code: 'unreadable', message: 'The file could not be read', pointer: '', line: 1, column: 1 }];
    else if (isFrameworkText(text)) diagnostics = validateFrameworkText(text).diagnostics;
    else if (!framework.index) {
      diagnostics = [{ severity: 'error', code: 'no-framework', message: `The competency framework ${FRAMEWORK_FILE} has errors, so scenarios cannot be checked`, pointer: '', line: 1, column: 1, hint: 'Fix the framework first.' }];
    } else diagnostics = validateScenarioText(text, framework.index).diagnostics;
    return { path: displayPath(file), ok: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
  });
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (json) {
    io.out(JSON.stringify({ files: results.map((r) => ({ path: r.path, ok: r.ok, diagnostics: r.diagnostics.map(({ severity, message, pointer, line, column, hint }) => ({ severity, message, pointer, line, column, hint: hint ?? null })) })) }, null, 2));
  } else {
    for (const r of results) for (const d of r.diagnostics) io.out(formatDiagnostic(r.path, d));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.out(`${plural(results.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  return errors > 0 ? 1 : 0;
}
