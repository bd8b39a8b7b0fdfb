import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVanbanError } from '../src/errors/index.ts';
import { extractPlan } from '../src/extract/index.ts';
import { planDocumentSchemaText } from '../src/model/plan-document-schema.ts';
import { SCHEMA_ID, SCHEMA_VERSION } from '../src/model/plan-document.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';

const committed = readFileSync(new URL('../schema/plan-document.schema.json', import.meta.url), 'utf8');

describe('plan document schema', () => {
  it('committed schema/plan-document.schema.json matches the TypeBox model (run npm run schema:generate)', () => {
    expect(committed).toBe(planDocumentSchemaText());
  });

  it('carries the schema id and a semver version', () => {
    const schema = JSON.parse(committed) as { $id: string };
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('accepts an extracted document and rejects a broken one with SCHEMA_INVALID and the paths', () => {
    const doc = extractPlan({ pages: [{ number: 1, text: 'KẾ HOẠCH\nthử nghiệm\n\nI. NHIỆM VỤ\n\n1. Ban Tổ chức Tỉnh ủy thực hiện rà soát. Hoàn thành trước ngày 30/4/2026.', source: 'pdf-text', confidence: 1 }] });
    expect(validatePlanDocument(doc)).toBe(doc);
    const broken = structuredClone(doc) as unknown as { tasks: { confidence: number; status: string }[]; schemaVersion: unknown };
    broken.tasks[0]!.confidence = 1.5;
    broken.tasks[0]!.status = 'maybe';
    broken.schemaVersion = 1;
    try {
      validatePlanDocument(broken);
      expect.unreachable('validation must fail');
    } catch (e) {
      expect(isVanbanError(e) && e.code).toBe('SCHEMA_INVALID');
      const paths = ((e as { details: { errors: { path: string }[] } }).details.errors).map((x) => x.path);
      expect(paths).toContain('/tasks/0/confidence');
      expect(paths).toContain('/tasks/0/status');
      expect(paths).toContain('/schemaVersion');
    }
  });
});
