import type { OcrDocument, OcrPage, PageError } from '../model/page.ts';
import { toVanbanError } from '../errors/index.ts';
import { openDocument } from './open-document.ts';
import { recognizePageInput, type RecognizeOptions } from './recognize-page.ts';

export interface RecognizeDocumentOptions extends RecognizeOptions {
  /** Called as each page finishes (in completion order), e.g. for progress. */
  onPage?: (page: OcrPage) => void | Promise<void>;
}

/**
 * Contract: all pages of a file. Bad input (unreadable file, limits) throws; a page that fails is
 * reported in `errors` with its number and code while the other pages are still returned.
 * Pages run `engine.workers` at a time, so page preparation overlaps OCR.
 */
export async function recognizeDocument(file: string, opts: RecognizeDocumentOptions): Promise<OcrDocument> {
  const reader = await openDocument(file, opts.limits);
  try {
    const pages: OcrPage[] = [];
    const errors: PageError[] = [];
    let next = 1;
    const lane = async (): Promise<void> => {
      while (next <= reader.pageCount) {
        const n = next++;
        try {
          const page = await recognizePageInput(await reader.readPage(n), opts);
          pages.push(page);
          await opts.onPage?.(page);
        } catch (e) {
          const err = toVanbanError(e, 'PAGE_FAILED');
          errors.push({ page: n, code: err.code, message: err.message });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.engine.workers, reader.pageCount) }, lane));
    pages.sort((a, b) => a.number - b.number);
    errors.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
    return { pageCount: reader.pageCount, pages, errors };
  } finally {
    await reader.close();
  }
}
