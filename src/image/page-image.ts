/**
 * A page image on its way to OCR: encoded bytes sharp can read (JPEG/PNG/TIFF) or raw pixels.
 * Nothing is decoded until the clean-up step, which also enforces the pixel limit.
 */
export interface PageImage {
  /** Encoded image bytes or an image file's path, or raw pixels when `raw` is set. */
  input: Buffer | string;
  raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
  /** 0-based page inside a multi-page TIFF. */
  page?: number;
  /** Resolution if known (PDF geometry or image density); undefined when the file does not say. */
  dpi: number | undefined;
  /** Clockwise rotation to apply (a PDF page's /Rotate). */
  rotate?: 0 | 90 | 180 | 270;
  /** How the image was obtained, recorded in the page's clean-up steps. */
  origin: 'pdf-embedded-jpeg' | 'pdf-embedded-raw' | 'pdf-rendered' | 'image-file';
}
