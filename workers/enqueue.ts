import { FlowProducer, Queue } from 'bullmq';
import type { Config } from '../src/config/index.ts';
import { DOCUMENT_JOB, JOBS_QUEUE, JOB_OPTIONS, PAGE_JOB, PAGE_PRIORITY, documentJobId, pageJobId, redisConnection, type DocumentJobData, type PageJobData } from './queues.ts';

export interface Enqueuer {
  /** Adds the flow of a run: the document parent with one child per page. Idempotent per run. */
  enqueueRun(runId: string, pageCount: number): Promise<void>;
  close(): Promise<void>;
}

/** The producer side of the BullMQ runner (CLI `ingest` and the API with REDIS_URL). */
export function createEnqueuer(config: Pick<Config, 'redisUrl' | 'queuePrefix'>): Enqueuer {
  if (!config.redisUrl) throw new Error('createEnqueuer needs redisUrl');
  const connection = redisConnection(config.redisUrl, 'producer');
  const flows = new FlowProducer({ connection, prefix: config.queuePrefix });
  const documents = new Queue<DocumentJobData | PageJobData>(JOBS_QUEUE, { connection, prefix: config.queuePrefix });
  return {
    async enqueueRun(runId, pageCount) {
      // A parent already known to Redis means the flow exists (e.g. a resumed `ingest`): do not add twice.
      if (await documents.getJob(documentJobId(runId))) return;
      await flows.add({
        name: DOCUMENT_JOB,
        queueName: JOBS_QUEUE,
        data: { runId } satisfies DocumentJobData,
        opts: { ...JOB_OPTIONS, jobId: documentJobId(runId) },
        children: Array.from({ length: pageCount }, (_, i) => ({
          name: PAGE_JOB,
          queueName: JOBS_QUEUE,
          data: { runId, page: i + 1 } satisfies PageJobData,
          // A page that gives up is recorded as a page error by the job itself; should a job still fail
          // (e.g. stalled too often), the parent runs anyway and counts that page as failed.
          opts: { ...JOB_OPTIONS, jobId: pageJobId(runId, i + 1), priority: PAGE_PRIORITY, ignoreDependencyOnFailure: true },
        })),
      });
    },
    async close() {
      await Promise.allSettled([flows.close(), documents.close()]);
      connection.disconnect();
    },
  };
}
