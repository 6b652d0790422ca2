import { knowledgeJsonSchema } from './schema.ts';

/** Where the generated JSON Schema is committed; knowledge files point at it with `$schema`. */
export const KNOWLEDGE_SCHEMA_PATH = 'schema/knowledge.schema.json';

export function knowledgeJsonSchemaText(): string {
  const schema = {
    ...knowledgeJsonSchema(),
    $id: 'knowledge.schema.json',
    title: 'Knowledge file (one article)',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
