import type { OcrLine } from '../model/page.ts';

/** Options of one recognition call. */
export interface RecognizeImageOptions {
  /** Binarisation inside Tesseract: its default Otsu, or Sauvola for poor pages (thresholding_method=2). */
  thresholding: 'otsu' | 'sauvola';
  /** Resolution of the image, passed on so Tesseract does not guess. */
  dpi: number;
}

export interface OcrImageResult {
  lines: OcrLine[];
  /** Mean word confidence in [0,1] (0 when no words). */
  confidence: number;
}

/** An OCR engine with its own pool of workers; create once, `terminate()` in `finally`. */
export interface OcrEngine {
  readonly name: 'tesseract.js' | 'native';
  /** Pages recognised at once. */
  readonly workers: number;
  /** Recognises one page image (PNG/JPEG/TIFF bytes). */
  recognize(image: Buffer, opts: RecognizeImageOptions): Promise<OcrImageResult>;
  terminate(): Promise<void>;
}
