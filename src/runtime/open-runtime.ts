import { VanbanError } from '../errors/index.ts';
import type { Config } from '../config/index.ts';
import type { PipelineContext, RunOptions } from '../pipeline/context.ts';
import { loadStageFactory, type StageFactory } from '../pipeline/default-stages.ts';
import { submitFile, type SubmitInput, type Submitted } from '../pipeline/intake.ts';
import { Store } from '../store/index.ts';
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

  const schedule = async (runId: string, pageCount: number) => {
    if (enqueuer) await enqueuer.enqueueRun(runId, pageCount);
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
    async close() {
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
