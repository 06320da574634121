import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../../scripts/schema-build';
import { ROOT } from '../fixtures/framework';

describe('the published JSON Schema', () => {
  const { files, undocumented } = buildSchemas();

  it.each(Object.keys(files))('public/%s is up to date (run npm run schema after changing the format)', (name) => {
    expect(readFileSync(join(ROOT, 'public', name), 'utf8')).toBe(files[name]);
  });

  it('describes every field from its JSDoc, for hover help in editors', () => {
    expect(undocumented).toEqual([]);
    const schema = JSON.parse(files['scenario.schema.json']!);
    expect(schema.$defs.Response.properties.feedback.description).toBe('Why this response works or fails, citing the rule; shown after the response in practice mode and in the report.');
  });
});
