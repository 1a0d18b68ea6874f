import * as z from 'zod';
import { configSchema } from '../core/config/index.js';
import { MESSAGE_CATALOGUE } from '../core/messages/index.js';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of config files, generated from the one zod schema so the two cannot drift, with
 * a description on every field (Indonesian, then English) so editors explain what they complete.
 */
export function configJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  describe(schema, '');
  return { $id: 'https://logistik.invalid/logistik-config.schema.json', title: 'logistik config', ...schema };
}

export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

/**
 * The description of a field from the catalogue: `schema.<path>` (`schema.barang.alokasi.rasio`),
 * else `schema.<name>` for fields that mean the same wherever they appear (`sumber`, `berlaku`).
 */
function descriptionOf(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const entry = MESSAGE_CATALOGUE[path === '' ? 'schema' : `schema.${path}`] ?? (path === '' ? undefined : MESSAGE_CATALOGUE[`schema.${name}`]);
  return entry ? `${entry.id}\n\n${entry.en}` : undefined;
}

/** Describes a field and everything inside it; array items and union members share their field's path. */
function describe(node: JsonSchema, path: string, isField = true): void {
  const text = isField ? descriptionOf(path) : undefined;
  if (text !== undefined && node.description === undefined) node.description = text;
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) describe(sub, path === '' ? name : `${path}.${name}`);
  if (node.items && typeof node.items === 'object') describe(node.items as JsonSchema, path, false);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const sub of (node[key] as JsonSchema[] | undefined) ?? []) describe(sub, path, false);
}
