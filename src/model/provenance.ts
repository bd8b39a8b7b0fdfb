import { Type, type Static } from '@sinclair/typebox';
import { Bbox, Confidence } from './page.ts';

/**
 * Where a value was read: page, 1-based line span within that page's `text`, and the character span
 * `[start, end)` in that page's `text`. `bbox` is the union of the OCR line boxes when known.
 */
export const Provenance = Type.Object(
  {
    page: Type.Integer({ minimum: 1 }),
    lineStart: Type.Integer({ minimum: 1 }),
    lineEnd: Type.Integer({ minimum: 1 }),
    bbox: Type.Optional(Bbox),
    charSpan: Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) }),
  },
  { description: 'Where a value was read in pages[].text' },
);
export type Provenance = Static<typeof Provenance>;

/** Review state, set by the review UI when a person confirms or corrects an item. */
export const Review = Type.Object(
  {
    reviewed: Type.Boolean(),
    by: Type.Optional(Type.String()),
    /** ISO 8601 timestamp. */
    at: Type.Optional(Type.String()),
    /** The value before correction, when the reviewer changed it. */
    previous: Type.Optional(Type.Unknown()),
  },
  { description: 'Human review state of an item' },
);
export type Review = Static<typeof Review>;

/** Properties every extracted item carries: a stable id, the source text, confidence and provenance. */
export const itemBase = {
  /** Stable id within the document (e.g. "task-3"), used by review and export. */
  id: Type.String({ minLength: 1 }),
  /** The source text the item was read from (after repair). */
  text: Type.String(),
  confidence: Confidence,
  provenance: Provenance,
  review: Type.Optional(Review),
};

/** Confidence/provenance of one scalar field of `document`, in `document.fields`. */
export const FieldInfo = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    /** Source text the value was read from. */
    text: Type.String(),
    confidence: Confidence,
    provenance: Provenance,
    /** True when the field was found by fuzzy matching of a damaged marker. */
    fuzzy: Type.Optional(Type.Boolean()),
    review: Type.Optional(Review),
  },
  { description: 'Confidence and provenance of one document field' },
);
export type FieldInfo = Static<typeof FieldInfo>;
