import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { analyzeScenario } from '../src/engine/graph/analyze';
import { indexFramework } from '../src/engine/framework-index';
import type { Framework } from '../src/engine/format/framework';
import { validateScenarioText } from '../src/engine/validate/validate';
import { generateScenario } from './generate-scenario';
import { READING_MS, measureClickToScene, measureFirstVisit } from './bench-browser';
import { measureStackFloor } from './bench-floor';
import { measureStudio } from './bench-studio';

const ROOT = join(import.meta.dirname, '..');
const framework = indexFramework(JSON.parse(readFileSync(join(ROOT, 'scenarios', 'framework.json'), 'utf8')) as Framework);
const rows: string[][] = [];

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

console.log(`Tyńda benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);

// Validate and analyse generated scenarios of growing size: time should grow linearly.
let previous: { validate: number; analyze: number } | undefined;
for (const size of [1_000, 10_000, 100_000]) {
  const text = JSON.stringify(generateScenario(size));
  const validated = time(() => validateScenarioText(text, framework, { maxChars: Infinity }));
  if (!validated.value.value) throw new Error(`generated scenario of ${size} scenes does not validate: ${validated.value.diagnostics[0]?.message}`);
  const scenario = validated.value.value;
  const analyzed = time(() => analyzeScenario(scenario, framework));
  const growth = previous ? ` (×${(validated.ms / previous.validate).toFixed(1)} / ×${(analyzed.ms / previous.analyze).toFixed(1)} for ×10 scenes)` : '';
  rows.push([`validate / analyze ${size.toLocaleString('en')} scenes`, `${validated.ms.toFixed(0)} ms / ${analyzed.ms.toFixed(0)} ms${growth}`, size === 10_000 ? 'well under 1 s each' : '']);
  previous = { validate: validated.ms, analyze: analyzed.ms };
}

// First-visit JavaScript, as the page fetches it: the library; what opening and starting a scenario
// adds (player and report, prefetched together); the scenario's content apart. The service worker's
// download of everything for offline use runs in the background and is not counted.
execSync('npx vite build --logLevel error', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
const visit = await measureFirstVisit();
rows.push(['first-visit JavaScript (gzip; offline cache apart): the library', `${visit.library.toFixed(1)} KB`, '110 KB']);
rows.push(['  + player and report, on opening a scenario', `${(visit.library + visit.run).toFixed(1)} KB (+${visit.run.toFixed(1)} KB)`, '110 KB']);
rows.push(['  of which the mandated libraries alone', `${(await measureStackFloor()).toFixed(1)} KB`, '']);
rows.push(['  scenario content and framework (data, 3 languages)', `${visit.data.toFixed(1)} KB`, '']);

const click = await measureClickToScene();
const hurried = await measureClickToScene(3, 0);
rows.push([`click to next scene painted, Chromium (${click.scenes.samples} clicks, ${READING_MS} ms apart)`, `p50 ${click.scenes.p50.toFixed(1)} ms, p95 ${click.scenes.p95.toFixed(1)} ms`, 'p95 ≤ 16 ms']);
rows.push([`  the same, clicks back to back (${hurried.scenes.samples} clicks)`, `p50 ${hurried.scenes.p50.toFixed(1)} ms, p95 ${hurried.scenes.p95.toFixed(1)} ms`, '']);
rows.push([`last click to the report's summary painted (${click.summary.samples} runs)`, `p50 ${click.summary.p50.toFixed(1)} ms, max ${click.summary.max.toFixed(1)} ms`, '']);
rows.push(['  to the whole report painted', `p50 ${click.report.p50.toFixed(1)} ms, max ${click.report.max.toFixed(1)} ms`, '']);

const studio = await measureStudio();
rows.push(['studio: open and lay out 500 / 2,000 / 5,000 scenes', `${[500, 2_000, 5_000].map((n) => `${(studio.openMs[n] ?? NaN).toFixed(0)} ms`).join(' / ')}`, '2,000 under 2 s']);
rows.push(['studio: longest main-thread task panning 2,000 scenes', studio.longestPanTaskMs > 0 ? `${studio.longestPanTaskMs.toFixed(0)} ms` : 'none over 50 ms', '≤ 50 ms']);
rows.push(['studio: keystroke to updated diagnostics, 2,000 scenes', `${studio.keystrokeToDiagnosticsMs.toFixed(0)} ms`, '≤ 300 ms']);

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['measure', 'result', 'budget'][c]!.length));
const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
console.log(line(['measure', 'result', 'budget']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
