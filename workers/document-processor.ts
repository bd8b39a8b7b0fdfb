import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { isVanbanError } from '../src/errors/index.ts';
import { finishDocumentStep } from '../src/pipeline/finish-step.ts';
import { processContext } from './process-context.ts';
import type { DocumentJobData } from './queues.ts';

/** Sandboxed parent job: runs after all page jobs; repair + extraction + validation + storage. */
export default async function documentProcessor(job: SandboxedJob<DocumentJobData>): Promise<{ status: string; code?: string }> {
  const { ctx, defaults } = await processContext();
  const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  try {
    const r = await finishDocumentStep(ctx, job.data.runId, { finalAttempt, defaults });
    // Recorded as failed in the store; failing the job too keeps BullMQ's view honest, without retries.
    if (r.status === 'failed') throw new UnrecoverableError(`${r.error?.code}: ${r.error?.message}`);
    return { status: r.status };
  } catch (e) {
    if (isVanbanError(e) && e.unrecoverable) throw new UnrecoverableError(`${e.code}: ${e.message}`);
    throw e;
  }
}
