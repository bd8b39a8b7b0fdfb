import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { cleanPageImage, type CleanupPolicy } from '../image/clean-page-image.ts';
import type { PageImage } from '../image/page-image.ts';
import type { OcrPage } from '../model/page.ts';
import type { PageInput } from './document-reader.ts';
import type { InputLimits } from './input-limits.ts';
import type { OcrEngine } from './ocr-engine.ts';
import { openDocument } from './open-document.ts';

export interface RecognizeOptions {
  engine: OcrEngine;
  limits: InputLimits;
  /** When set, the page image OCR saw (or the 300 dpi page for text-layer pages) is saved as page-<n>.png. */
  pageImageDir?: string;
  /** Clean-up thresholds; defaults measured (see src/image). */
  cleanup?: CleanupPolicy;
}

/** Contract: one page of a file → OcrPage (used by the per-page job). */
export async function recognizePage(file: string, pageNumber: number, opts: RecognizeOptions): Promise<OcrPage> {
  const reader = await openDocument(file, opts.limits);
  try {
    return await recognizePageInput(await reader.readPage(pageNumber), opts);
  } finally {
    await reader.close();
  }
}

/**
 * The per-page decision: a good text layer is used as is (`pdf-text`); otherwise the page image is
 * cleaned up and OCR'd, keeping a garbled text layer in `legacyText` for the repair stage.
 */
export async function recognizePageInput(input: PageInput, opts: RecognizeOptions): Promise<OcrPage> {
  const layer = input.textLayer;
  if (layer?.verdict === 'good') {
    if (opts.pageImageDir) await savePageImageAt(await input.image(), layer.dpi, opts.pageImageDir, input.number);
    return {
      number: input.number,
      source: 'pdf-text',
      text: layer.text,
      lines: layer.lines,
      // Words of a text layer are exact; the page's confidence is the measured layer quality.
      confidence: layer.quality.quality,
      dpi: layer.dpi,
      textLayerQuality: layer.quality.quality,
    };
  }
  const image = await input.image();
  const cleaned = await cleanPageImage(image, { maxImagePixels: opts.limits.maxImagePixels, ...(opts.cleanup ? { policy: opts.cleanup } : {}) });
  if (opts.pageImageDir) {
    await fs.mkdir(opts.pageImageDir, { recursive: true });
    await fs.writeFile(path.join(opts.pageImageDir, `page-${input.number}.png`), cleaned.png);
  }
  const result = await opts.engine.recognize(cleaned.png, { thresholding: cleaned.thresholding, dpi: cleaned.dpi });
  const page: OcrPage = {
    number: input.number,
    source: 'ocr',
    text: result.lines.map((l) => l.text).join('\n'),
    lines: result.lines,
    confidence: result.confidence,
    width: cleaned.width,
    height: cleaned.height,
    dpi: cleaned.dpi,
    cleanup: [image.origin, ...cleaned.steps],
  };
  if (layer?.verdict === 'garbled') {
    page.legacyText = layer.text;
    page.textLayerQuality = layer.quality.quality;
  }
  return page;
}

/** Saves a page image in the text layer's frame (`dpi`) for the review page. */
async function savePageImageAt(image: PageImage, dpi: number, dir: string, n: number): Promise<void> {
  let s = sharp(image.input, { ...(image.raw ? { raw: image.raw } : {}) });
  if (image.rotate) s = s.rotate(image.rotate);
  if (image.dpi !== undefined && Math.abs(image.dpi - dpi) > 1) {
    const meta = image.raw ?? (await sharp(image.input).metadata());
    const width = image.rotate === 90 || image.rotate === 270 ? meta.height : meta.width;
    if (width) s = s.resize(Math.round((width * dpi) / image.dpi));
  }
  await fs.mkdir(dir, { recursive: true });
  await s.flatten({ background: '#ffffff' }).png({ compressionLevel: 3 }).toFile(path.join(dir, `page-${n}.png`));
}
