import type { OcrEngine } from './ocr-engine.ts';

/**
 * An engine that starts the real one on first use: documents whose pages all have a good text layer
 * then never pay for OCR workers. `terminate()` is a no-op if it never started.
 */
export function lazyOcrEngine(name: OcrEngine['name'], workers: number, start: () => Promise<OcrEngine>): OcrEngine {
  let engine: Promise<OcrEngine> | undefined;
  return {
    name,
    workers,
    async recognize(image, opts) {
      engine ??= start();
      return (await engine).recognize(image, opts);
    },
    async terminate() {
      if (engine) await (await engine).terminate();
    },
  };
}
