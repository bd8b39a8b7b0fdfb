import { Redis, type RedisOptions } from 'ioredis';
import type { JobsOptions } from 'bullmq';

/**
 * The one queue of vanban's jobs: per-page child jobs (clean-up + OCR) and per-document parent jobs (repair +
 * extraction + storage, run after all its pages). One queue, so a worker's `concurrency` is the number of
 * jobs of either kind it runs at once: a worker with concurrency 1 uses one core, and N workers scale by N.
 */
export const JOBS_QUEUE = 'vanban';
/** Job names in {@link JOBS_QUEUE}. */
export const PAGE_JOB = 'page';
export const DOCUMENT_JOB = 'document';
/**
 * Page jobs are prioritized (BullMQ runs jobs without a priority first), so a document whose pages are all
 * read is finished before the next document's pages start: results arrive one by one, not all at the end.
 */
export const PAGE_PRIORITY = 1;

export interface PageJobData {
  runId: string;
  page: number;
}
export interface DocumentJobData {
  runId: string;
}

/** Transient faults retry with exponential backoff: 1 s, 2 s, 4 s, 8 s. Bad input never retries. */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Job ids (no ':' allowed): one parent per run, one child per run page, so re-adding deduplicates. */
export const documentJobId = (runId: string): string => `run-${runId}`;
export const pageJobId = (runId: string, page: number): string => `run-${runId}-p${page}`;

/**
 * A Redis connection as BullMQ's production guide asks: workers (blocking commands) must retry forever
 * (`maxRetriesPerRequest: null`); producers may fail fast instead.
 */
export function redisConnection(url: string, role: 'worker' | 'producer'): Redis {
  const opts: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 20,
    // Reconnect with a capped backoff across Redis restarts.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  const redis = new Redis(url, opts);
  // Connection errors are retried by ioredis; without a listener they would crash the process.
  redis.on('error', () => undefined);
  return redis;
}

/** Warns (does not fail) when Redis may evict keys: BullMQ needs `maxmemory-policy noeviction`. */
export async function checkEvictionPolicy(redis: Redis, warn: (msg: string) => void): Promise<string | undefined> {
  try {
    const res = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = res[1];
    if (policy !== 'noeviction') {
      warn(`Redis maxmemory-policy is "${policy}": BullMQ needs "noeviction" or jobs may silently disappear.`);
    }
    return policy;
  } catch {
    warn('Could not read Redis maxmemory-policy (CONFIG disabled?); make sure it is "noeviction".');
    return undefined;
  }
}
