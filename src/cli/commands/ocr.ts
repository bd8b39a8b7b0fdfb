import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { createOcrEngine, inspectDocument, lazyOcrEngine, recognizeDocument } from '../../ocr/index.ts';

/** `vanban ocr FILE [--json]`: OCR a PDF or image and print its text (or the OcrDocument JSON). */
export function register(program: Command): void {
  program
    .command('ocr')
    .description('Read a scanned PDF or image (PNG/JPEG/TIFF) and print its text, or the page/line/word JSON')
    .argument('<file>', 'PDF, PNG, JPEG or TIFF file')
    .option('--json', 'print the OcrDocument (pages, lines, words, confidences, boxes, per-page errors) as JSON')
    .option('--engine <name>', 'OCR engine: tesseract.js or native (default from VANBAN_OCR_ENGINE)')
    .option('--workers <n>', 'OCR workers (default from VANBAN_OCR_WORKERS, else cores)')
    .option('--page-images <dir>', 'save the page images OCR saw as page-<n>.png')
    .action(async (file: string, o: { json?: boolean; engine?: string; workers?: string; pageImages?: string }) => {
      const overrides: Record<string, unknown> = {};
      if (o.engine !== undefined) overrides.ocrEngine = o.engine;
      if (o.workers !== undefined) overrides.ocrWorkers = Number(o.workers);
      const config = loadConfig(undefined, overrides);
      await inspectDocument(file, config); // bad input fails before any OCR worker starts
      // Started on the first page that needs OCR: text-layer PDFs never start workers.
      const engine = lazyOcrEngine(config.ocrEngine, config.ocrWorkers, () => createOcrEngine({ engine: config.ocrEngine, workers: config.ocrWorkers }));
      try {
        const doc = await recognizeDocument(file, {
          engine,
          limits: config,
          ...(o.pageImages ? { pageImageDir: o.pageImages } : {}),
        });
        if (o.json) process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
        else {
          process.stdout.write(doc.pages.map((p) => p.text).join('\n\f\n') + '\n');
          for (const e of doc.errors) process.stderr.write(`page ${e.page ?? '?'}: error ${e.code}: ${e.message}\n`);
        }
        if (doc.errors.length > 0) process.exitCode = 1;
      } finally {
        await engine.terminate();
      }
    });
}
