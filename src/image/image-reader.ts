import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { VanbanError } from '../errors/index.ts';
import type { DocumentReader, PageInput } from '../ocr/document-reader.ts';
import type { InputLimits } from '../ocr/input-limits.ts';

/**
 * Opens a loose PNG/JPEG/TIFF page (a multi-page TIFF is a document of pages). Only headers are read:
 * the pixel limit (decompression-bomb guard) is checked before anything is decoded.
 */
export async function openImageReader(file: string, kind: 'png' | 'jpeg' | 'tiff', limits: InputLimits): Promise<DocumentReader> {
  const name = path.basename(file);
  const meta = await headerOf(file, 0, limits, name);
  const pageCount = kind === 'tiff' ? Math.max(1, meta.pages ?? 1) : 1;
  if (pageCount > limits.maxPages) {
    throw new VanbanError('PDF_TOO_MANY_PAGES', `${name} has ${pageCount} pages, limit ${limits.maxPages}`, { details: { pageCount } });
  }
  return {
    kind: 'image',
    pageCount,
    async readPage(n: number): Promise<PageInput> {
      if (!Number.isInteger(n) || n < 1 || n > pageCount) throw new VanbanError('NOT_FOUND', `Page ${n} does not exist (1–${pageCount})`);
      const m = n === 1 ? meta : await headerOf(file, n - 1, limits, name);
      return {
        number: n,
        image: async () => ({
          input: file, // sharp reads the file itself, one page at a time
          page: n - 1,
          // Many tools write 72 dpi when they mean "unknown".
          dpi: m.density !== undefined && m.density >= 100 ? m.density : undefined,
          origin: 'image-file' as const,
        }),
      };
    },
    async close() {},
  };
}

async function headerOf(file: string, page: number, limits: InputLimits, name: string): Promise<Metadata> {
  let meta: Metadata;
  try {
    meta = await sharp(file, { page, limitInputPixels: limits.maxImagePixels }).metadata();
  } catch (e) {
    if (/pixel limit/iu.test((e as Error).message)) throw new VanbanError('IMAGE_TOO_LARGE', `${name}: ${(e as Error).message}`, { cause: e });
    throw new VanbanError('IMAGE_INVALID', `${name}: ${(e as Error).message}`, { cause: e });
  }
  const w = meta.width ?? 0;
  const h = meta.pageHeight ?? meta.height ?? 0;
  if (w * h > limits.maxImagePixels) {
    throw new VanbanError('IMAGE_TOO_LARGE', `${name} is ${w}×${h} px, limit ${limits.maxImagePixels} px`, { details: { width: w, height: h } });
  }
  if (w === 0 || h === 0) throw new VanbanError('IMAGE_INVALID', `${name} has no pixels`);
  return meta;
}
