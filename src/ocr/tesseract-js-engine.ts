import Tesseract from 'tesseract.js';
import { VanbanError } from '../errors/index.ts';
import type { OcrEngine, OcrImageResult, RecognizeImageOptions } from './ocr-engine.ts';
import { parseTesseractTsv } from './parse-tsv.ts';
import { vieModelDir } from './vie-model.ts';
import { WorkerPool } from './worker-pool.ts';

/**
 * tesseract.js (WebAssembly) engine: `workers` workers started once, each with the shipped `vie` LSTM
 * model read from node_modules (gzip, no cache written, no network).
 */
export async function createTesseractJsEngine(workers: number): Promise<OcrEngine> {
  const langPath = vieModelDir();
  const started = await Promise.allSettled(
    Array.from({ length: workers }, () =>
      Tesseract.createWorker('vie', Tesseract.OEM.LSTM_ONLY, {
        langPath,
        gzip: true,
        cacheMethod: 'none',
        legacyCore: false,
        legacyLang: false,
        errorHandler: () => undefined, // failures surface through the rejected job
      }),
    ),
  );
  const ok = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(ok.map((w) => w.terminate()));
    throw new VanbanError('OCR_ENGINE_UNAVAILABLE', `tesseract.js could not start: ${String(failed.reason)}`, { cause: failed.reason });
  }
  const pool = new WorkerPool(ok);
  return {
    name: 'tesseract.js',
    workers,
    recognize(image: Buffer, opts: RecognizeImageOptions): Promise<OcrImageResult> {
      return pool.use(async (w) => {
        try {
          await w.setParameters({
            thresholding_method: opts.thresholding === 'sauvola' ? '2' : '0',
            user_defined_dpi: String(Math.round(opts.dpi)),
          });
          const { data } = await w.recognize(image, {}, { tsv: true, text: false, blocks: false, hocr: false });
          return parseTesseractTsv(data.tsv ?? '');
        } catch (e) {
          throw new VanbanError('OCR_FAILED', `tesseract.js: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
      });
    },
    async terminate() {
      await Promise.all(ok.map((w) => w.terminate()));
    },
  };
}
