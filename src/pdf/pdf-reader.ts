import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VanbanError } from '../errors/index.ts';
import type { DocumentReader, PageInput } from '../ocr/document-reader.ts';
import type { InputLimits } from '../ocr/input-limits.ts';
import { checkPageImages, extractSingleImage } from './embedded-image.ts';
import { openPdfjs } from './pdfjs.ts';
import { renderPage } from './render-page.ts';
import { DEFAULT_TEXT_LAYER_POLICY, judgeTextLayer, measureTextLayerQuality, type TextLayerPolicy } from './text-layer-quality.ts';
import { readTextLayer } from './text-layer.ts';

/** Resolution of rendered pages and of text-layer boxes. */
export const RENDER_DPI = 300;

/** Opens a PDF (already sniffed and size-checked) for page-by-page reading. */
export async function openPdfReader(file: string, limits: InputLimits, policy: TextLayerPolicy = DEFAULT_TEXT_LAYER_POLICY): Promise<DocumentReader> {
  const bytes = await fs.readFile(file);
  const doc = await openPdfjs(bytes, { maxPages: limits.maxPages, name: path.basename(file) });
  return new PdfReader(bytes, doc, limits, policy);
}

class PdfReader implements DocumentReader {
  readonly kind = 'pdf' as const;
  readonly pageCount: number;
  private pdfLib: Promise<PDFDocument | undefined> | undefined;

  constructor(
    private readonly bytes: Buffer,
    private readonly doc: PDFDocumentProxy,
    private readonly limits: InputLimits,
    private readonly policy: TextLayerPolicy,
  ) {
    this.pageCount = doc.numPages;
  }

  async readPage(n: number): Promise<PageInput> {
    if (!Number.isInteger(n) || n < 1 || n > this.pageCount) {
      throw new VanbanError('NOT_FOUND', `Page ${n} does not exist (1–${this.pageCount})`);
    }
    const page = await this.doc.getPage(n);
    const lines = await readTextLayer(page, RENDER_DPI);
    const text = lines.map((l) => l.text).join('\n');
    const quality = measureTextLayerQuality(text);
    return {
      number: n,
      textLayer: { lines, text, quality, verdict: judgeTextLayer(quality, this.policy), dpi: RENDER_DPI },
      image: async () => {
        const lib = await this.loadPdfLib();
        // Refuse oversized images before pdfjs decodes them (a bomb inside a PDF).
        if (lib !== undefined) checkPageImages(lib, n - 1, this.limits.maxImagePixels);
        const embedded = lib === undefined ? undefined : extractSingleImage(lib, n - 1, this.limits.maxImagePixels);
        if (embedded !== undefined) return embedded;
        try {
          return await renderPage(page, { dpi: RENDER_DPI, maxImagePixels: this.limits.maxImagePixels });
        } finally {
          page.cleanup();
        }
      },
    };
  }

  /** pdf-lib parses the file once, lazily, only for the image fast path; if it cannot, pages are rendered. */
  private loadPdfLib(): Promise<PDFDocument | undefined> {
    // pdf-lib cannot decrypt; encrypted files (owner password only, pdfjs opened them) are rendered.
    if (this.bytes.includes('/Encrypt')) return Promise.resolve(undefined);
    this.pdfLib ??= PDFDocument.load(this.bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false }).catch(
      () => undefined,
    );
    return this.pdfLib;
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }
}
