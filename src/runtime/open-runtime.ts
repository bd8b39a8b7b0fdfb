import { VanbanError } from '../errors/index.ts';
import { isFinished } from '../model/document-record.ts';
import type { Config } from '../config/index.ts';
import type { PipelineContext, RunOptions } from '../pipeline/context.ts';
import { loadStageFactory, type StageFactory } from '../pipeline/default-stages.ts';
import { submitFile, type SubmitInput, type Submitted } from '../pipeline/intake.ts';
import { Store } from '../store/index.ts';
import type { RunRow } from '../store/schema.ts';
import { createEnqueuer, type Enqueuer } from '../../workers/enqueue.ts';
import { InProcessScheduler } from './in-process-scheduler.ts';

export interface Runtime {
  config: Config;
  store: Store;
  ctx: PipelineContext;
  defaults: RunOptions;
  mode: 'in-process' | 'queue';
  /** Intake one file and hand its run to the runner. */
  submit(input: Omit<SubmitInput, 'options'> & { options?: Partial<RunOptions> }): Promise<Submitted>;
  /** Hands a started run to the runner (in-process scheduler or BullMQ flow). */
  schedule(runId: string, pageCount: number): Promise<void>;
  /** Re-schedules runs left unfinished by a previous process (in-process mode only; BullMQ keeps its own). */
  resumeUnfinished(): Promise<number>;
  /**
   * Queue mode: makes sure each unfinished run has its flow in Redis, adding it again where it is missing
   * (an enqueue lost in a Redis outage, or a Redis that restarted without its data). Idempotent; never throws.
   */
  ensureQueued(runs: readonly Pick<RunRow, 'id' | 'page_count' | 'status'>[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens storage and picks the runner: BullMQ when `redisUrl` is set (then PostgreSQL is required, as
 * workers on other processes or machines share it), in-process otherwise.
 */
export async function openRuntime(
  config: Config,
  opts: {
    log?: (msg: string) => void;
    /** Stages to use instead of the production ones (tests, benchmarks of the runner alone). */
    stages?: StageFactory;
  } = {},
): Promise<Runtime> {
  if (config.redisUrl && !config.databaseUrl) {
    throw new VanbanError('CONFIG_INVALID', 'REDIS_URL needs DATABASE_URL: queue workers share PostgreSQL (the embedded database is one process only)');
  }
  const store = await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const stages = opts.stages ?? (await loadStageFactory(config));
  const defaults: RunOptions = { ocrEngine: config.ocrEngine, toneStyle: config.toneStyle };
  const ctx: PipelineContext = {
    store,
    dataDir: config.dataDir,
    limits: { maxFileBytes: config.maxFileBytes, maxPages: config.maxPages, maxImagePixels: config.maxImagePixels },
    stagesFor: (o) => stages.stagesFor(o),
  };
  let enqueuer: Enqueuer | undefined;
  let scheduler: InProcessScheduler | undefined;
  if (config.redisUrl) enqueuer = createEnqueuer(config);
  else {
    scheduler = new InProcessScheduler(ctx, { defaults, documents: config.workerConcurrency, pages: config.ocrWorkers, ...(opts.log ? { log: opts.log } : {}) });
  }

  // Runs whose enqueue failed (Redis down): the run is stored, so it is retried in the background, not lost.
  const unqueued = new Map<string, number>();
  const log = opts.log ?? (() => undefined);
  const enqueue = async (runId: string, pageCount: number): Promise<boolean> => {
    if (!enqueuer) return false;
    try {
      await withTimeout(enqueuer.enqueueRun(runId, pageCount), ENQUEUE_TIMEOUT_MS);
      unqueued.delete(runId);
      return true;
    } catch (e) {
      if (!unqueued.has(runId)) log(`could not queue run ${runId} (${e instanceof Error ? e.message : String(e)}); retrying`);
      unqueued.set(runId, pageCount);
      return false;
    }
  };
  let retrying = false;
  const retryTimer = setInterval(() => {
    if (retrying || unqueued.size === 0) return;
    retrying = true;
    void (async () => {
      for (const [runId, pageCount] of [...unqueued]) if (!(await enqueue(runId, pageCount))) break;
    })().finally(() => (retrying = false));
  }, ENQUEUE_RETRY_MS);
  retryTimer.unref();

  const schedule = async (runId: string, pageCount: number) => {
    if (enqueuer) await enqueue(runId, pageCount);
    else scheduler?.schedule(runId);
  };

  return {
    config,
    store,
    ctx,
    defaults,
    mode: enqueuer ? 'queue' : 'in-process',
    async submit(input) {
      const submitted = await submitFile(ctx, { ...input, options: { ...defaults, ...input.options } });
      if (submitted.pageCount !== null && submitted.outcome.runId) await schedule(submitted.outcome.runId, submitted.pageCount);
      return submitted;
    },
    schedule,
    async resumeUnfinished() {
      if (!scheduler) return 0;
      const runs = await store.listUnfinishedRuns();
      for (const r of runs) scheduler.schedule(r.id);
      return runs.length;
    },
    async ensureQueued(runs) {
      for (const r of runs) {
        if (isFinished(r.status) || r.page_count === null) continue;
        if (!(await enqueue(r.id, r.page_count))) return;
      }
    },
    async close() {
      clearInterval(retryTimer);
      try {
        await scheduler?.drain();
        await enqueuer?.close();
        await stages.close();
      } finally {
        await store.close();
      }
    },
  };
}

/** A hung enqueue (a command lost in a reconnect) counts as failed and is retried. */
const ENQUEUE_TIMEOUT_MS = 20_000;
const ENQUEUE_RETRY_MS = 3_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis in ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
