/** Writes schema/plan-document.schema.json from the TypeBox model. Run: npm run schema:generate */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planDocumentSchemaText } from '../../src/model/plan-document-schema.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema/plan-document.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, planDocumentSchemaText());
console.log(`wrote ${out}`);
