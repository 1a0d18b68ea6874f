import { z } from 'zod';
import { configSchema } from '../core/config/index.js';

/** The JSON Schema of config files, generated from the one zod schema so the two cannot drift. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'https://logistik.invalid/logistik-config.schema.json', title: 'logistik config', ...schema };
}

export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
