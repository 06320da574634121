import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemas } from './schema-build';

const { files, undocumented } = buildSchemas();
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(import.meta.dirname, '..', 'public', name), text);
  console.log(`wrote public/${name}`);
}
if (undocumented.length > 0) {
  console.error(`fields without a JSDoc description: ${undocumented.join(', ')}`);
  process.exitCode = 1;
}
