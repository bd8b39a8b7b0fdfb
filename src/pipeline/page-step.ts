import fs from 'node:fs/promises';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';
import type { PipelineContext, RunOptions } from './context.ts';
import { runOptionsOf } from './context.ts';
import { recognizeOnePage } from './page-outcome.ts';

export interface StepOptions {
  /** Last attempt the runner will make: a transient failure is recorded instead of thrown. Default true. */
  finalAttempt?: boolean;
  /** Options used when the run recorded none. */
  defaults: RunOptions;
}

export type PageStepResult = { status: 'done' | 'failed' | 'skipped'; code?: string };

/** Relative location of a run's page images under dataDir. */
export function pageImageRelDir(runId: string): string {
  return path.join('pages', runId);
}

/**
 * One page of a stored run (a BullMQ child job, or one lane of the in-process runner): read it, keep its
 * image, store its OCR. Idempotent: a page already stored is skipped, so a re-delivered job does no harm.
 * Throws a retryable VanbanError for transient faults unless `finalAttempt`, when the failure is recorded.
 */
export async function processPageStep(ctx: PipelineContext, runId: string, pageNumber: number, opts: StepOptions): Promise<PageStepResult> {
  const { run, document } = await ctx.store.getRunContext(runId);
  const existing = await ctx.store.getPage(runId, pageNumber);
  if (existing?.status === 'done') return { status: 'skipped' };
  const stages = await ctx.stagesFor(runOptionsOf(run.options, opts.defaults));
  const relDir = pageImageRelDir(runId);
  const pageImageDir = path.join(ctx.dataDir, relDir);
  await fs.mkdir(pageImageDir, { recursive: true });
  const original = path.join(ctx.dataDir, document.original_path);
  const outcome = await recognizeOnePage(stages, original, pageNumber, { limits: ctx.limits, pageImageDir });
  if (outcome.ok) {
    const image = `page-${pageNumber}.png`;
    const hasImage = await fs.stat(path.join(pageImageDir, image)).then((s) => s.isFile(), () => false);
    await ctx.store.savePage(runId, pageNumber, { status: 'done', ocr: outcome.page, imagePath: hasImage ? path.join(relDir, image) : null });
    return { status: 'done' };
  }
  if (outcome.retryable && opts.finalAttempt === false) {
    throw new VanbanError(outcome.error.code as never, outcome.error.message, { details: { page: pageNumber } });
  }
  await ctx.store.savePage(runId, pageNumber, { status: 'failed', errorCode: outcome.error.code, errorMessage: outcome.error.message });
  return { status: 'failed', code: outcome.error.code };
}
