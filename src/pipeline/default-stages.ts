import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/index.ts';
import { VanbanError } from '../errors/index.ts';
import type { RunOptions } from './context.ts';
import type { PipelineStages } from './stages.ts';
import { inspectText, isTextInput, recognizeTextPage } from './text-input.ts';

export interface StageFactory {
  /** The real stages for a run's options (cached: engines and models load once per process). */
  stagesFor(options: RunOptions): Promise<PipelineStages>;
  /** Terminates OCR engines. */
  close(): Promise<void>;
}

const notWired = (what: string) => new VanbanError('INPUT_UNSUPPORTED_TYPE', `${what} is not wired into this build yet`);

/** Binds the production stages (OCR front, repair, extraction, validation) from configuration. */
export function createStageFactory(_config: Pick<Config, 'ocrWorkers' | 'lmPath'>): StageFactory {
  const cache = new Map<string, Promise<PipelineStages>>();
  return {
    stagesFor(options) {
      const key = `${options.ocrEngine}|${options.toneStyle}`;
      let s = cache.get(key);
      if (!s) {
        s = Promise.resolve<PipelineStages>({
          async inspect(file, limits) {
            if (isTextInput(file)) return inspectText(file, limits);
            throw notWired('PDF/image input (src/ocr)');
          },
          async recognizePage(file, n, opts) {
            if (isTextInput(file)) return recognizeTextPage(file, n, opts.limits);
            throw notWired('PDF/image input (src/ocr)');
          },
          async repairPages(pages) {
            return pages;
          },
          extract() {
            throw notWired('Extraction (src/extract)');
          },
          validate(plan) {
            return plan;
          },
        });
        cache.set(key, s);
      }
      return s;
    },
    async close() {
      cache.clear();
    },
  };
}

/** The stage factory for this process: `config.stagesModule` when set, else the production stages. */
export async function loadStageFactory(config: Pick<Config, 'ocrWorkers' | 'lmPath' | 'stagesModule'>): Promise<StageFactory> {
  if (!config.stagesModule) return createStageFactory(config);
  const mod = (await import(pathToFileURL(path.resolve(config.stagesModule)).href)) as { createStageFactory?: typeof createStageFactory };
  if (typeof mod.createStageFactory !== 'function') {
    throw new VanbanError('CONFIG_INVALID', `${config.stagesModule} does not export createStageFactory(config)`);
  }
  return mod.createStageFactory(config);
}
