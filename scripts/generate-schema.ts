/** Writes the JSON Schema files generated from src/schema/document.ts (the single source of truth). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { DocumentSchema, ErrorRecordSchema } from '../src/schema/document.js';

export function schemaFiles(): Record<string, string> {
  const fmt = (s: unknown) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...(s as object) }, null, 2) + '\n';
  return {
    'schema/document.schema.json': fmt(DocumentSchema),
    'schema/error-record.schema.json': fmt(ErrorRecordSchema),
    'docs/document.schema.json': fmt(DocumentSchema),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('schema', { recursive: true });
  mkdirSync('docs', { recursive: true });
  for (const [path, body] of Object.entries(schemaFiles())) {
    writeFileSync(path, body);
    console.log(`wrote ${path}`);
  }
}
