import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'bullmq';
import type { Config } from '../src/config/index.ts';
import { JOBS_QUEUE, checkEvictionPolicy, redisConnection } from './queues.ts';

export interface WorkerOptions {
  /**
   * Jobs at once in this process, page and document jobs alike, each in its own sandboxed process (≈ one
   * core each). Default config.workerConcurrency.
   */
  concurrency?: number;
  /** Job lock in ms; a killed worker's jobs return after it expires. Default 30 000 (BullMQ's). */
  lockDuration?: number;
  /** How often stalled jobs are looked for, in ms. Default 30 000 (BullMQ's). */
  stalledInterval?: number;
  /** Times a job may stall (its worker died) before it fails. Default 2. */
  maxStalledCount?: number;
  /**
   * Threads one page job may use inside libvips (image clean-up) and OpenMP (native tesseract). Default 1:
   * parallelism comes from `concurrency` and from more workers, so jobs do not fight over the cores.
   * Values already set in the environment (VIPS_CONCURRENCY, OMP_THREAD_LIMIT) win.
   */
  threadsPerJob?: number;
  log?: (msg: string) => void;
}

export interface RunningWorkers {
  worker: Worker;
  /** Graceful: waits for active jobs, then disconnects. */
  close(): Promise<void>;
}

const sandbox = (name: string): string => fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));

/** This worker process's name on the jobs it takes: host and pid. */
export const workerName = (pid = process.pid): string => `${os.hostname()}:${pid}`;

/** Starts the worker of the jobs queue with sandboxed processors (CPU work off the lock-renewing loop). */
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
  const threads = String(opts.threadsPerJob ?? 1);
  const pageEnv = { VIPS_CONCURRENCY: threads, OMP_THREAD_LIMIT: threads, ...process.env };
  const worker = new Worker(JOBS_QUEUE, sandbox('job-processor'), {
    ...common,
    // Stored on every job it takes (job.processedBy): which worker process holds or held a job.
    name: workerName(),
    concurrency: opts.concurrency ?? config.workerConcurrency,
    workerForkOptions: { env: pageEnv },
  });
  // Errors here are connection blips (retried) or job failures (recorded in the store): log, never crash.
  worker.on('error', (e) => log(`worker: ${e.message}`));
  worker.on('failed', (job, e) => log(`job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${e.message}`));
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
