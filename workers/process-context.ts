import { loadConfig, type Config } from '../src/config/index.ts';
import type { PipelineContext, RunOptions } from '../src/pipeline/context.ts';
import { loadStageFactory, type StageFactory } from '../src/pipeline/default-stages.ts';
import { Store } from '../src/store/index.ts';

/**
 * One pipeline context per (sandboxed) worker process, opened on first use and reused across jobs, so the
 * OCR engine and language model load once per process.
 */
let opened: Promise<{ ctx: PipelineContext; config: Config; defaults: RunOptions; stages: StageFactory }> | undefined;

export function processContext() {
  opened ??= (async () => {
    const config = loadConfig();
    const store = await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2, migrate: false });
    // Inside a sandboxed job one page is read at a time: one OCR worker per process.
    const stages = await loadStageFactory({ ...config, ocrWorkers: 1 });
    const ctx: PipelineContext = {
      store,
      dataDir: config.dataDir,
      limits: { maxFileBytes: config.maxFileBytes, maxPages: config.maxPages, maxImagePixels: config.maxImagePixels },
      stagesFor: (o) => stages.stagesFor(o),
    };
    const defaults: RunOptions = { ocrEngine: config.ocrEngine, toneStyle: config.toneStyle };
    const close = async () => {
      await stages.close();
      await store.close();
    };
    process.once('beforeExit', () => void close());
    return { ctx, config, defaults, stages };
  })();
  return opened;
}
