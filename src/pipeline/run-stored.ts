import { isVanbanError } from '../errors/index.ts';
import type { PipelineContext, RunOptions } from './context.ts';
import { finishDocumentStep, type FinishStepResult } from './finish-step.ts';
import { mapLimit } from './map-limit.ts';
import { processPageStep, type PageStepResult } from './page-step.ts';

export interface RunStoredOptions {
  defaults: RunOptions;
  /** Pages read at once. Default 1. */
  concurrency?: number;
  /** Attempts per step for transient faults (exponential backoff from 200 ms). Default 3. */
  attempts?: number;
  onPage?: (page: number, result: PageStepResult) => void;
}

/**
 * The in-process runner for a stored run: the same page and finish steps as the BullMQ jobs, with local
 * retries. Pages already stored are skipped, so a run interrupted by a crash resumes where it stopped.
 */
export async function runStoredRun(ctx: PipelineContext, runId: string, opts: RunStoredOptions): Promise<FinishStepResult> {
  const attempts = Math.max(1, opts.attempts ?? 3);
  const pages = (await ctx.store.listPages(runId)).filter((p) => p.status !== 'done').map((p) => p.number);
  await mapLimit(pages, opts.concurrency ?? 1, async (n) => {
    const result = await retry(attempts, (final) => processPageStep(ctx, runId, n, { finalAttempt: final, defaults: opts.defaults }));
    opts.onPage?.(n, result);
  });
  return retry(attempts, (final) => finishDocumentStep(ctx, runId, { finalAttempt: final, defaults: opts.defaults }));
}

async function retry<T>(attempts: number, fn: (final: boolean) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn(i === attempts - 1);
    } catch (e) {
      if (i >= attempts - 1 || (isVanbanError(e) && e.unrecoverable)) throw e;
      await new Promise((r) => setTimeout(r, 200 * 2 ** i));
    }
  }
}
