import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/analyze-command';
import { runValidate } from '../../src/cli/validate-command';
import { fakeScenario, scenarioText } from '../fixtures/fake-scenario';

function capture(run: (io: { out: (l: string) => void; err: (l: string) => void }) => number) {
  const out: string[] = [];
  const err: string[] = [];
  const status = run({ out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tynda-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run validate', () => {
  it('prints nothing but the summary and exits 0 for a valid scenario', () => {
    const file = tempFile('ok.json', scenarioText(fakeScenario()));
    const { status, out } = capture((io) => runValidate([file], io));
    expect(status).toBe(0);
    expect(out).toEqual(['1 file checked: 0 errors, 0 warnings']);
  });

  it('prints path:line:col: severity: message lines and exits 1 on errors', () => {
    const scenario = fakeScenario();
    scenario.scenes[0]!.responses![0]!.next = 'psot';
    const file = tempFile('broken.json', scenarioText(scenario));
    const { status, out } = capture((io) => runValidate([file], io));
    expect(status).toBe(1);
    expect(out[0]).toMatch(/broken\.json:\d+:\d+: error: Unknown scene or ending "psot" — Did you mean "post"\?$/);
    expect(out.at(-1)).toBe('1 file checked: 1 error, 0 warnings');
  });

  it('prints the documented JSON with --json', () => {
    const file = tempFile('bad.json', '{ "formatVersion": 2,, }');
    const { status, out } = capture((io) => runValidate(['--json', file], io));
    expect(status).toBe(1);
    const report = JSON.parse(out.join('\n'));
    expect(report.files[0]).toMatchObject({ ok: false, diagnostics: [{ severity: 'error', pointer: '', line: 1, column: 22, hint: expect.any(String) }] });
    expect(Object.keys(report.files[0].diagnostics[0]).sort()).toEqual(['column', 'hint', 'line', 'message', 'pointer', 'severity']);
  });

  it('exits 2 for a usage error', () => {
    expect(capture((io) => runValidate(['--frobnicate'], io)).status).toBe(2);
    expect(capture((io) => runValidate(['no/such/file.json'], io)).status).toBe(2);
  });

  it('checks all of scenarios/ when given no path, including the framework', () => {
    const { status, out } = capture((io) => runValidate([], io));
    expect(out.at(-1)).toMatch(/^\d+ files? checked: 0 errors, 0 warnings$/);
    expect(status).toBe(0);
  });
});

describe('npm run analyze', () => {
  it('prints the documented JSON keys', () => {
    const file = tempFile('ok.json', scenarioText(fakeScenario()));
    const { status, out } = capture((io) => runAnalyze([file, '--json'], io));
    expect(status).toBe(0);
    const analysis = JSON.parse(out.join('\n'));
    for (const key of ['scenes', 'responses', 'endings', 'reachableEndings', 'unreachableScenes', 'deadEnds', 'shortestPath', 'longestPath', 'competencies']) {
      expect(analysis).toHaveProperty(key);
    }
    expect(analysis.competencies.EMP).toEqual({ min: -3, max: 5, minObservations: 1 });
  });

  it('prints a readable table and flags competencies with too few observations', () => {
    const file = tempFile('ok.json', scenarioText(fakeScenario()));
    const { out } = capture((io) => runAnalyze([file], io));
    expect(out.join('\n')).toContain('path to an ending: 2 to 3 decisions');
    expect(out.find((l) => l.startsWith('EMP'))).toContain('not enough evidence');
  });

  it('refuses to analyse a scenario with errors, showing them', () => {
    const file = tempFile('bad.json', '{}');
    const { status, err } = capture((io) => runAnalyze([file], io));
    expect(status).toBe(1);
    expect(err[0]).toContain('error:');
  });

  it('exits 2 without exactly one file', () => {
    expect(capture((io) => runAnalyze([], io)).status).toBe(2);
  });
});

describe('hostile files on the command line', () => {
  it('refuses an oversized file, deep nesting and a __proto__ key with a clear message', () => {
    const big = tempFile('big.json', `{"formatVersion": 2, "padding": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    const deep = tempFile('deep.json', '['.repeat(200) + ']'.repeat(200));
    const proto = tempFile('proto.json', '{"formatVersion": 2, "__proto__": {"polluted": true}}');
    const { status, out } = capture((io) => runValidate([big, deep, proto], io));
    expect(status).toBe(1);
    expect(out[0]).toMatch(/big\.json:1:1: error: The file is too large \(\d+ KB; the limit is 5120 KB\)/);
    expect(out[1]).toMatch(/deep\.json:1:65: error: Objects and lists are nested more than 64 levels deep/);
    expect(out[2]).toMatch(/proto\.json:1:22: error: The key "__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
