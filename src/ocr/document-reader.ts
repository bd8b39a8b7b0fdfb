import type { PageImage } from '../image/page-image.ts';
import type { OcrLine } from '../model/page.ts';
import type { TextLayerQuality, TextLayerVerdict } from '../pdf/text-layer-quality.ts';

/** One page as read from the input, before OCR. */
export interface PageInput {
  /** 1-based. */
  number: number;
  /** The embedded text layer of a PDF page, measured; absent for images. */
  textLayer?: { lines: OcrLine[]; text: string; quality: TextLayerQuality; verdict: TextLayerVerdict; dpi: number };
  /** The page image (extracted or rendered), produced on demand. */
  image(): Promise<PageImage>;
}

/** An opened input file (PDF or image), validated; whoever opens it closes it in `finally`. */
export interface DocumentReader {
  kind: 'pdf' | 'image';
  pageCount: number;
  readPage(pageNumber: number): Promise<PageInput>;
  close(): Promise<void>;
}
