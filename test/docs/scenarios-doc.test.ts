import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarioFiles, loadBundled } from '../fixtures/bundled';
import { ROOT } from '../fixtures/framework';

describe('docs/scenarios.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'scenarios.md'), 'utf8');

  it.each(bundledScenarioFiles())('describes %s with its competencies and post levels', (file) => {
    const paragraph = doc.split('\n\n').find((p) => p.includes(`(\`${file}\``));
    expect(paragraph, `no paragraph for ${file}`).toBeDefined();
    const scenario = loadBundled(file);
    for (const competency of scenario.competencies) expect(paragraph).toContain(competency);
  });
});
