import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { isVanbanError } from '../src/errors/index.ts';
import { processPageStep } from '../src/pipeline/page-step.ts';
import { processContext } from './process-context.ts';
import type { PageJobData } from './queues.ts';

/** Sandboxed page job: clean-up + OCR of one page, stored by the step. Returns a status, never page text. */
export default async function pageProcessor(job: SandboxedJob<PageJobData>): Promise<{ status: string; code?: string }> {
  const { ctx, defaults } = await processContext();
  const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  try {
    return await processPageStep(ctx, job.data.runId, job.data.page, { finalAttempt, defaults });
  } catch (e) {
    if (isVanbanError(e) && e.unrecoverable) throw new UnrecoverableError(`${e.code}: ${e.message}`);
    throw e;
  }
}
