import { TypeCompiler } from '@sinclair/typebox/compiler';
import { VanbanError } from '../errors/index.ts';
import { PlanDocument } from './plan-document.ts';

// Compiled once: validation runs before every output leaves a command or endpoint.
const checker = TypeCompiler.Compile(PlanDocument);

/** Returns `doc` typed when it matches the published schema; throws SCHEMA_INVALID listing the paths otherwise. */
export function validatePlanDocument(doc: unknown): PlanDocument {
  if (checker.Check(doc)) return doc;
  const problems = [...checker.Errors(doc)].slice(0, 20).map((e) => ({ path: e.path || '/', message: e.message }));
  throw new VanbanError(
    'SCHEMA_INVALID',
    `Output does not match the plan-document schema: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    { details: { errors: problems } },
  );
}
