import { analyzeScenario } from '../engine/graph/analyze';
import { validateScenarioText } from '../engine/validate/validate';
import { displayPath, listJsonFiles, loadFramework, readText } from './files';
import { formatDiagnostic, type Io } from './validate-command';

const USAGE = 'usage: npm run analyze -- <scenario.json> [--json]';

/** `npm run analyze`: returns the exit status (0 analysed, 1 the scenario has errors, 2 usage error). */
export function runAnalyze(args: readonly string[], io: Io): number {
  const json = args.includes('--json');
  const paths = args.filter((a) => !a.startsWith('-'));
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const { files, missing } = listJsonFiles(paths);
  if (paths.length !== 1 || unknown.length > 0 || missing.length > 0 || files.length !== 1) {
    io.err(missing.length ? `no such file: ${missing.join(', ')}` : USAGE);
    if (missing.length) io.err(USAGE);
    return 2;
  }
  const file = files[0] as string;
  const framework = loadFramework();
  const text = readText(file);
  if (!framework.index || text === null) {
    io.err(text === null ? `cannot read ${file}` : 'the competency framework has errors; run npm run validate');
    return 1;
  }
  const validation = validateScenarioText(text, framework.index);
  if (!validation.value) {
    for (const d of validation.diagnostics.filter((d) => d.severity === 'error')) io.err(formatDiagnostic(displayPath(file), d));
    return 1;
  }
  const a = analyzeScenario(validation.value, framework.index);
  if (json) {
    io.out(JSON.stringify(a, null, 2));
    return 0;
  }
  const show = (v: number | null) => (v === null ? 'unbounded' : String(v));
  io.out(`${displayPath(file)}: ${a.scenes} scenes, ${a.responses} responses, ${a.endings} endings`);
  io.out(`reachable endings: ${a.reachableEndings.join(', ') || 'none'}`);
  io.out(`unreachable scenes: ${a.unreachableScenes.join(', ') || 'none'}`);
  io.out(`dead ends: ${a.deadEnds.join(', ') || 'none'}`);
  io.out(`path to an ending: ${show(a.shortestPath)} to ${show(a.longestPath)} decisions`);
  if (a.withoutEvidence.length) io.out(`without evidence: ${a.withoutEvidence.join(', ')}`);
  io.out('competency   min   max   fewest observations on a path');
  for (const [id, r] of Object.entries(a.competencies)) {
    const warn = r.minObservations < 3 ? '  ← some paths give "not enough evidence"' : '';
    io.out(`${id.padEnd(10)} ${show(r.min).padStart(5)} ${show(r.max).padStart(5)}   ${r.minObservations}${warn}`);
  }
  return 0;
}
