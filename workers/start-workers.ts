import { fileURLToPath } from 'node:url';
import { Worker } from 'bullmq';
import type { Config } from '../src/config/index.ts';
import { DOCUMENTS_QUEUE, PAGES_QUEUE, checkEvictionPolicy, redisConnection } from './queues.ts';

export interface WorkerOptions {
  /** Page jobs at once in this process (each in its own sandbox). Default config.workerConcurrency. */
  concurrency?: number;
  /** Document (parent) jobs at once. Default 1. */
  documentConcurrency?: number;
  /** Job lock in ms; a killed worker's jobs return after it expires. Default 30 000 (BullMQ's). */
  lockDuration?: number;
  /** How often stalled jobs are looked for, in ms. Default 30 000 (BullMQ's). */
  stalledInterval?: number;
  /** Times a job may stall (its worker died) before it fails. Default 2. */
  maxStalledCount?: number;
  log?: (msg: string) => void;
}

export interface RunningWorkers {
  pages: Worker;
  documents: Worker;
  /** Graceful: waits for active jobs, then disconnects. */
  close(): Promise<void>;
}

const sandbox = (name: string): string => fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));

/** Starts the page and document workers with sandboxed processors (CPU work off the lock-renewing loop). */
export async function startWorkers(config: Config, opts: WorkerOptions = {}): Promise<RunningWorkers> {
  if (!config.redisUrl) throw new Error('startWorkers needs redisUrl');
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const connection = redisConnection(config.redisUrl, 'worker');
  await checkEvictionPolicy(connection, log);
  const common = {
    connection,
    prefix: config.queuePrefix,
    lockDuration: opts.lockDuration ?? 30_000,
    stalledInterval: opts.stalledInterval ?? 30_000,
    maxStalledCount: opts.maxStalledCount ?? 2,
    useWorkerThreads: false,
  };
  const pages = new Worker(PAGES_QUEUE, sandbox('page-processor'), { ...common, concurrency: opts.concurrency ?? config.workerConcurrency });
  const documents = new Worker(DOCUMENTS_QUEUE, sandbox('document-processor'), { ...common, concurrency: opts.documentConcurrency ?? 1 });
  for (const w of [pages, documents]) {
    // Errors here are connection blips (retried) or job failures (recorded in the store): log, never crash.
    w.on('error', (e) => log(`worker ${w.name}: ${e.message}`));
    w.on('failed', (job, e) => log(`job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${e.message}`));
  }
  await Promise.all([pages.waitUntilReady(), documents.waitUntilReady()]);
  return {
    pages,
    documents,
    async close() {
      await Promise.allSettled([pages.close(), documents.close()]);
      connection.disconnect();
    },
  };
}
