import { PlanDocument, SCHEMA_ID } from './plan-document.ts';

/**
 * The published JSON Schema (draft 2020-12) derived from the TypeBox model. Nested `$id`s of shared
 * pieces (e.g. Bbox, reused in several places) are removed so the schema stays self-contained and
 * unambiguous; the recursive Section keeps its `$id` because its `$ref` needs it.
 */
export function planDocumentJsonSchema(): Record<string, unknown> {
  const strip = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n, false));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === '$id' && !root && v !== 'Section') continue;
      out[k] = strip(v, false);
    }
    return out;
  };
  // JSON round trip drops TypeBox's symbol-keyed metadata.
  const plain = JSON.parse(JSON.stringify(PlanDocument)) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...(strip(plain, true) as object), $id: SCHEMA_ID };
}

/** Canonical serialisation of the schema file (what `npm run schema:generate` writes). */
export function planDocumentSchemaText(): string {
  return `${JSON.stringify(planDocumentJsonSchema(), null, 2)}\n`;
}
