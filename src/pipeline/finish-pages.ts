import { ERROR_CODES, VanbanError, type ErrorCode } from '../errors/index.ts';
import type { OcrPage, PageError } from '../model/page.ts';
import type { DeploymentLexicon, PipelineStages, PlanResult, SourceInfo } from './stages.ts';

export interface FinishedPlan {
  plan: PlanResult;
  /** `partial` when some pages failed (their errors are in the plan). */
  status: 'done' | 'partial';
}

/**
 * Repair → extraction → validation over the pages that were read. Shared by the in-process runner and the
 * BullMQ parent job. Throws when no page at all could be read (nothing to extract from).
 */
export async function finishPages(
  stages: PipelineStages,
  pages: OcrPage[],
  errors: PageError[],
  source: SourceInfo,
  opts: { lexicon?: DeploymentLexicon } = {},
): Promise<FinishedPlan> {
  if (pages.length === 0 && source.pageCount > 0) {
    const codes = [...new Set(errors.map((e) => e.code))];
    const code = codes.length === 1 && codes[0] ? codes[0] : 'PAGE_FAILED';
    throw new VanbanError(isKnownCode(code) ? code : 'PAGE_FAILED', `No page could be read (${errors.map((e) => `p${e.page}: ${e.code}`).join(', ')})`, {
      details: { errors },
    });
  }
  const sorted = [...pages].sort((a, b) => a.number - b.number);
  const repaired = await stages.repairPages(sorted, opts.lexicon ? { lexicon: opts.lexicon } : undefined);
  const plan = stages.extract({
    pages: repaired.map((p) => ({ number: p.number, text: p.text, source: p.source, confidence: p.confidence, lines: p.lines })),
    errors: [...errors].sort((a, b) => (a.page ?? 0) - (b.page ?? 0)),
    source,
  });
  return { plan: stages.validate(plan), status: errors.length > 0 ? 'partial' : 'done' };
}

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
