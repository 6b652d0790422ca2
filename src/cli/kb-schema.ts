/** `npm run kb:schema`: regenerates `schema/knowledge.schema.json` from the zod schema. */
import { writeFile } from 'node:fs/promises';
import { KNOWLEDGE_SCHEMA_PATH, knowledgeJsonSchemaText } from '../knowledge/json-schema.ts';

await writeFile(KNOWLEDGE_SCHEMA_PATH, knowledgeJsonSchemaText());
console.log(`wrote ${KNOWLEDGE_SCHEMA_PATH}`);
