import { Type, type Static } from '@sinclair/typebox';

/**
 * Page-level types shared by the OCR front, repair, extraction, storage and review.
 * Coordinates are pixels of the page image the OCR saw (origin top-left).
 */
export const Bbox = Type.Object(
  { x0: Type.Number(), y0: Type.Number(), x1: Type.Number(), y1: Type.Number() },
  { $id: 'Bbox', description: 'Pixel box on the page image, origin top-left' },
);
export type Bbox = Static<typeof Bbox>;

export const Confidence = Type.Number({ minimum: 0, maximum: 1, description: 'Confidence in [0,1]' });

export const OcrWord = Type.Object({
  text: Type.String(),
  confidence: Confidence,
  bbox: Type.Optional(Bbox),
});
export type OcrWord = Static<typeof OcrWord>;

export const OcrLine = Type.Object({
  text: Type.String(),
  confidence: Confidence,
  bbox: Type.Optional(Bbox),
  words: Type.Array(OcrWord),
});
export type OcrLine = Static<typeof OcrLine>;

/** Where a page's text came from. */
export const PageSource = Type.Union([
  Type.Literal('pdf-text'), // good embedded text layer, used as is
  Type.Literal('ocr'), // OCR of the page image
  Type.Literal('repaired'), // text after the repair stage changed it
]);
export type PageSource = Static<typeof PageSource>;

export const OcrPage = Type.Object({
  /** 1-based page number in the original file. */
  number: Type.Integer({ minimum: 1 }),
  source: PageSource,
  /** Text in reading order, one line per OcrLine, joined with '\n'. */
  text: Type.String(),
  lines: Type.Array(OcrLine),
  /** Mean word confidence of the page. */
  confidence: Confidence,
  width: Type.Optional(Type.Integer()),
  height: Type.Optional(Type.Integer()),
  dpi: Type.Optional(Type.Number()),
  /** A garbled embedded text layer (e.g. old English-model OCR), kept for repair. */
  legacyText: Type.Optional(Type.String()),
  /** Measured share of text-layer tokens that are valid Vietnamese syllables. */
  textLayerQuality: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  /** Clean-up steps applied before OCR (e.g. ["grayscale","deskew:1.2","sauvola"]). */
  cleanup: Type.Optional(Type.Array(Type.String())),
});
export type OcrPage = Static<typeof OcrPage>;

export const PageError = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1 })),
  code: Type.String(),
  message: Type.String(),
});
export type PageError = Static<typeof PageError>;

export const OcrDocument = Type.Object({
  pageCount: Type.Integer({ minimum: 0 }),
  pages: Type.Array(OcrPage),
  errors: Type.Array(PageError),
});
export type OcrDocument = Static<typeof OcrDocument>;
