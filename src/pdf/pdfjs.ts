import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VanbanError } from '../errors/index.ts';

// The legacy build is the one pdfjs supports on Node; it renders through its own @napi-rs/canvas copy.
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
export { pdfjs };

const pkgDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdfjs reads these with fs on Node; the trailing slash is required.
const STANDARD_FONTS = path.join(pkgDir, 'standard_fonts') + path.sep;
const CMAPS = path.join(pkgDir, 'cmaps') + path.sep;
const WASM = path.join(pkgDir, 'wasm') + path.sep;
const ICCS = path.join(pkgDir, 'iccs') + path.sep;

/** `%%EOF` must sit in the last 1024 bytes (ignoring trailing whitespace/NULs); a cut upload loses it. */
export function hasEofMarker(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && [0x00, 0x09, 0x0a, 0x0d, 0x20].includes(bytes[end - 1]!)) end--;
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, end - 1024), Math.min(1024, end));
  return tail.includes('%%EOF');
}

/**
 * Opens PDF bytes with pdfjs, mapping its failures to coded errors. Only the catalog and page count are
 * read here: pdfjs parses pages lazily, so a huge page count is refused without touching the pages.
 */
export async function openPdfjs(bytes: Uint8Array, opts: { maxPages: number; name?: string }): Promise<PDFDocumentProxy> {
  const name = opts.name ?? 'PDF';
  if (!hasEofMarker(bytes)) throw new VanbanError('PDF_TRUNCATED', `${name} is truncated (no %%EOF trailer)`);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs transfers (detaches) the buffer it is given
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    wasmUrl: WASM,
    iccUrl: ICCS,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const kind = (e as { name?: string }).name;
    if (kind === 'PasswordException') throw new VanbanError('PDF_ENCRYPTED', `${name} is encrypted with a password`, { cause: e });
    throw new VanbanError('PDF_INVALID', `${name} cannot be read: ${(e as Error).message}`, { cause: e });
  }
  try {
    if (doc.numPages === 0) throw new VanbanError('PDF_NO_PAGES', `${name} has no pages`);
    if (doc.numPages > opts.maxPages) {
      throw new VanbanError('PDF_TOO_MANY_PAGES', `${name} has ${doc.numPages} pages, limit ${opts.maxPages}`, {
        details: { pageCount: doc.numPages, maxPages: opts.maxPages },
      });
    }
  } catch (e) {
    await doc.destroy();
    throw e;
  }
  return doc;
}

