import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import documentProcessor from './document-processor.ts';
import pageProcessor from './page-processor.ts';
import { DOCUMENT_JOB, PAGE_JOB, type DocumentJobData, type PageJobData } from './queues.ts';

/** The sandboxed processor of the jobs queue: page jobs and document jobs, told apart by name. */
export default async function jobProcessor(job: SandboxedJob<PageJobData | DocumentJobData>): Promise<{ status: string; code?: string }> {
  if (job.name === PAGE_JOB) return pageProcessor(job as SandboxedJob<PageJobData>);
  if (job.name === DOCUMENT_JOB) return documentProcessor(job as SandboxedJob<DocumentJobData>);
  throw new UnrecoverableError(`unknown job name "${job.name}"`);
}

