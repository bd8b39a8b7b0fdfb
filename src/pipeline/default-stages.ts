import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/index.ts';
import { VanbanError } from '../errors/index.ts';
import type { RunOptions } from './context.ts';
import { extractPlan } from '../extract/index.ts';
import type { LanguageModel } from '../lm/index.ts';
import { validatePlanDocument } from '../model/validate-plan-document.ts';
import type { OcrEngine } from '../ocr/index.ts';
import { repairPages, type TextRepairer } from './repair-pages.ts';
import type { PipelineStages } from './stages.ts';
import { inspectText, isTextInput, recognizeTextPage } from './text-input.ts';

export interface StageFactory {
  /** The real stages for a run's options (cached: engines and models load once per process). */
  stagesFor(options: RunOptions): Promise<PipelineStages>;
  /** Terminates OCR engines. */
  close(): Promise<void>;
}

// Loaded on first need: a process that only takes files in (API, CLI with a queue) or only repairs and
// extracts (a document job) does not pay for PDF rendering, image libraries and OCR, nor for the model.
const ocr = () => import('../ocr/index.ts');
const repair = () => import('../repair/index.ts');

/**
 * Binds the production stages: the OCR front (src/ocr) for PDFs and images, the text front for .txt/.md,
 * repair (src/repair) for OCR'd pages, extraction and schema validation. The OCR engine and the language
 * model are created on first need, once per process, and shared by the runs that use them.
 */
export function createStageFactory(config: Pick<Config, 'ocrWorkers' | 'lmPath'>): StageFactory {
  const engines = new Map<RunOptions['ocrEngine'], Promise<OcrEngine>>();
  const repairers = new Map<RunOptions['toneStyle'], Promise<TextRepairer>>();
  const stages = new Map<string, PipelineStages>();
  let model: Promise<LanguageModel> | undefined;

  const engineFor = (kind: RunOptions['ocrEngine']): Promise<OcrEngine> => {
    let e = engines.get(kind);
    if (!e) {
      e = ocr().then((m) => m.createOcrEngine({ engine: kind, workers: config.ocrWorkers }));
      // A failed start is not cached: the next page tries again.
      e.catch(() => engines.delete(kind));
      engines.set(kind, e);
    }
    return e;
  };
  const repairerFor = (toneStyle: RunOptions['toneStyle']): Promise<TextRepairer> => {
    let r = repairers.get(toneStyle);
    if (!r) {
      r = (async () => {
        const m = await repair();
        model ??= m.loadLanguageModel(config.lmPath);
        model.catch(() => (model = undefined));
        return m.createRepairer({ model: await model, toneStyle });
      })();
      r.catch(() => repairers.delete(toneStyle));
      repairers.set(toneStyle, r);
    }
    return r;
  };

  return {
    async stagesFor(options) {
      const key = `${options.ocrEngine}|${options.toneStyle}`;
      let s = stages.get(key);
      if (!s) {
        s = {
          async inspect(file, limits) {
            return isTextInput(file) ? inspectText(file, limits) : (await ocr()).inspectDocument(file, limits);
          },
          async recognizePage(file, n, opts) {
            if (isTextInput(file)) return recognizeTextPage(file, n, opts.limits);
            const [m, engine] = await Promise.all([ocr(), engineFor(options.ocrEngine)]);
            return m.recognizePage(file, n, { engine, limits: opts.limits, ...(opts.pageImageDir ? { pageImageDir: opts.pageImageDir } : {}) });
          },
          async repairPages(pages) {
            // A text layer or typed text is used as is: no model to load for those.
            if (!pages.some((p) => p.source === 'ocr')) return pages;
            return repairPages(await repairerFor(options.toneStyle), pages);
          },
          extract(input) {
            return extractPlan(input);
          },
          validate(plan) {
            return validatePlanDocument(plan);
          },
        };
        stages.set(key, s);
      }
      return s;
    },
    async close() {
      const all = [...engines.values()];
      engines.clear();
      for (const e of all) {
        const engine = await e.catch(() => undefined);
        await engine?.terminate();
      }
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
