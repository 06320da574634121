import type { z } from 'zod';

/** The parts of a Zod schema definition needed to walk it. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
}

function def(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Expands optional, nullable and union wrappers into the schemas a value may match. */
function expand(schema: z.ZodType): z.ZodType[] {
  const d = def(schema);
  if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType) return expand(d.innerType);
  if (d.type === 'union' && d.options) return d.options.flatMap(expand);
  return [schema];
}

function step(schema: z.ZodType, segment: string | number): z.ZodType[] {
  const d = def(schema);
  if (d.type === 'object' && d.shape && typeof segment === 'string') {
    const child = d.shape[segment];
    return child ? expand(child) : [];
  }
  if (d.type === 'array' && d.element && typeof segment === 'number') return expand(d.element);
  if (d.type === 'record' && d.valueType) return expand(d.valueType);
  return [];
}

/** Names of the fields an object at `path` may have, according to the schema. */
export function knownFieldsAt(root: z.ZodType, path: readonly (string | number)[]): string[] {
  let candidates = expand(root);
  for (const segment of path) candidates = candidates.flatMap((schema) => step(schema, segment));
  const names = new Set<string>();
  for (const schema of candidates) {
    const d = def(schema);
    if (d.type === 'object' && d.shape) for (const key of Object.keys(d.shape)) names.add(key);
  }
  return [...names];
}
