import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { Framework } from '../src/engine/format/framework';
import { Scenario } from '../src/engine/format/scenario';

const FORMAT_DIR = join(import.meta.dirname, '..', 'src', 'engine', 'format');

/** JSDoc of each exported schema and of each of its fields, read from the format's source. */
type Docs = Map<string, { self?: string; fields: Map<string, string> }>;

function jsDocOf(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.[docs.length - 1]?.comment;
  return typeof comment === 'string' ? comment.replace(/\s+/g, ' ').trim() : undefined;
}

/** The object literal of the first `z.object(…)`/`z.strictObject(…)` call in an initializer. */
function objectLiteralIn(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(strictObject|object)$/.test(node.expression.name.text)) {
    const arg = node.arguments[0];
    if (arg && ts.isObjectLiteralExpression(arg)) return arg;
  }
  return ts.forEachChild(node, objectLiteralIn);
}

export function readFormatDocs(): Docs {
  const docs: Docs = new Map();
  for (const name of readdirSync(FORMAT_DIR).filter((f) => f.endsWith('.ts'))) {
    const file = ts.createSourceFile(name, readFileSync(join(FORMAT_DIR, name), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const entry: { self?: string; fields: Map<string, string> } = { fields: new Map() };
        const self = jsDocOf(statement);
        if (self) entry.self = self;
        const literal = objectLiteralIn(declaration.initializer);
        for (const property of literal?.properties ?? []) {
          const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
          const doc = jsDocOf(property);
          if (key && doc) entry.fields.set(key, doc);
        }
        docs.set(declaration.name.text, entry);
      }
    }
  }
  return docs;
}

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  [key: string]: unknown;
}

/** Generates a JSON Schema and fills every description from the JSDoc of the format's source. */
function schemaWithDocs(schema: z.ZodType, docs: Docs, title: string): { schema: Record<string, unknown>; undocumented: string[] } {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { $defs?: Record<string, JsonSchemaNode> };
  const undocumented: string[] = [];
  for (const [name, def] of Object.entries(json.$defs ?? {})) {
    const doc = docs.get(name);
    if (doc?.self) def.description = doc.self;
    else undocumented.push(name);
    for (const [field, property] of Object.entries(def.properties ?? {})) {
      const text = doc?.fields.get(field);
      if (text) property.description = text;
      else undocumented.push(`${name}.${field}`);
    }
  }
  return { schema: { $id: `${title}.schema.json`, title, ...json }, undocumented };
}

/** The published schemas, as the text written to public/. */
export function buildSchemas(): { files: Record<string, string>; undocumented: string[] } {
  const docs = readFormatDocs();
  const scenario = schemaWithDocs(Scenario, docs, 'scenario');
  const framework = schemaWithDocs(Framework, docs, 'framework');
  return {
    files: {
      'scenario.schema.json': JSON.stringify(scenario.schema, null, 2) + '\n',
      'framework.schema.json': JSON.stringify(framework.schema, null, 2) + '\n',
    },
    undocumented: [...new Set([...scenario.undocumented, ...framework.undocumented])],
  };
}
