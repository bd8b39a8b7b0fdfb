import { toVanbanError } from '../errors/index.ts';
import { loadRepairLexicon } from '../store/corrections-store.ts';
import type { OcrPage, PageError } from '../model/page.ts';
import { runOptionsOf, type PipelineContext } from './context.ts';
import { finishPages } from './finish-pages.ts';
import { withDisplayName } from './display-name.ts';
import { mediaTypeOf } from './media-type.ts';
import type { StepOptions } from './page-step.ts';
import type { InputKind } from './stages.ts';

export type FinishStepResult = { status: 'done' | 'partial' | 'failed' | 'skipped'; error?: { code: string; message: string } };

/**
 * The end of a stored run (the BullMQ parent job, or the in-process runner after its pages): repair,
 * extract, validate and store the plan. A page with no stored outcome (its job was lost or gave up) counts
 * as a failed page. Transient faults throw unless `finalAttempt`; bad input ends the run as failed.
 */
export async function finishDocumentStep(ctx: PipelineContext, runId: string, opts: StepOptions): Promise<FinishStepResult> {
  const { run, document } = await ctx.store.getRunContext(runId);
  if (run.status === 'done' || run.status === 'partial') return { status: 'skipped' };
  const rows = await ctx.store.listPages(runId);
  const pages: OcrPage[] = [];
  const errors: PageError[] = [];
  for (const r of rows) {
    if (r.status === 'done' && r.ocr) pages.push(r.ocr as OcrPage);
    else if (r.status === 'failed') errors.push({ page: r.number, code: r.error_code ?? 'PAGE_FAILED', message: r.error_message ?? '' });
    else errors.push({ page: r.number, code: 'PAGE_FAILED', message: 'The page job did not finish' });
  }
  const pageCount = run.page_count ?? rows.length;
  try {
    const stages = await ctx.stagesFor(runOptionsOf(run.options, opts.defaults));
    // What reviewers taught so far (word fixes), so a place name fixed once comes out right from now on.
    const lexicon = await loadRepairLexicon(ctx.store.db);
    const { plan, status } = await finishPages(stages, pages, errors, {
      fileName: document.file_name,
      sha256: document.sha256,
      pageCount,
      mediaType: mediaTypeOf((document.kind ?? 'pdf') as InputKind, document.file_name),
    }, { lexicon });
    await ctx.store.saveResult(runId, plan, { status, schemaVersion: plan.schemaVersion ?? null });
    return { status };
  } catch (e) {
    const err = toVanbanError(e, 'PAGE_FAILED');
    // No page readable: the page records are final, retrying the end cannot help.
    if (!err.unrecoverable && opts.finalAttempt === false && pages.length > 0) throw err;
    const message = withDisplayName(err.message, document.original_path, document.file_name);
    await ctx.store.failRun(runId, err.code, message);
    return { status: 'failed', error: { code: err.code, message } };
  }
}
