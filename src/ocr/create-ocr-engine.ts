import { VanbanError } from '../errors/index.ts';
import { createNativeEngine } from './native-engine.ts';
import type { OcrEngine } from './ocr-engine.ts';
import { createTesseractJsEngine } from './tesseract-js-engine.ts';

export interface CreateOcrEngineOptions {
  /** `tesseract.js` (default in config; needs only npm) or `native` (the `tesseract` binary). */
  engine: 'tesseract.js' | 'native';
  /** Pages recognised at once (config `ocrWorkers`, default: cores). */
  workers: number;
  /** Native engine only: executable name or path. Default `tesseract`. */
  binary?: string;
}

/**
 * Starts an OCR engine with its worker pool. Throws OCR_ENGINE_UNAVAILABLE when the chosen engine cannot
 * run (e.g. `native` without tesseract installed). Call `terminate()` in `finally`.
 */
export async function createOcrEngine(opts: CreateOcrEngineOptions): Promise<OcrEngine> {
  if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new VanbanError('CONFIG_INVALID', `OCR workers must be ≥ 1, got ${opts.workers}`);
  if (opts.engine === 'native') return createNativeEngine({ workers: opts.workers, ...(opts.binary ? { binary: opts.binary } : {}) });
  return createTesseractJsEngine(opts.workers);
}
