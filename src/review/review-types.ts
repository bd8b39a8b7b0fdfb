import type { Bbox } from '../model/page.ts';

/**
 * Shapes the review page and API exchange. The plan document itself is handled as plain JSON here so
 * that review keeps working when the extraction model grows fields (it walks items by `id` + `confidence`).
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** One word of the repaired page text, with what OCR/repair said about it. */
export interface ReviewWord {
  /** Stable within a document: `p<page>-l<line>-w<word>` (1-based page, 0-based line/word). */
  id: string;
  text: string;
  /** Character offset of the word in the page text. */
  start: number;
  confidence: number;
  /** Other readings the repair model considered, best first (without `text`). */
  alternatives: string[];
  /** Box on the page image when the OCR word could be matched. */
  bbox?: Bbox;
  /** What OCR read before repair, when different. */
  original?: string;
  /** The machine's reading, when a reviewer changed `text`. */
  machineText?: string;
  reviewed?: boolean;
}

export interface ReviewLine {
  index: number;
  /** Character offset of the line in the page text. */
  start: number;
  text: string;
  words: ReviewWord[];
}

export interface ReviewPage {
  number: number;
  width?: number;
  height?: number;
  /** URL of the page image, when one was kept. */
  imageUrl?: string;
  confidence: number;
  lines: ReviewLine[];
}

/** One editable value of an extracted item, addressed by a JSON Pointer into the plan document. */
export interface ReviewField {
  pointer: string;
  /** Path relative to the item, e.g. `deadline/date`, used for labels. */
  name: string;
  value: Json;
}

/** An extracted item (task, shortcoming, deadline, metadata field, …) the reviewer can edit. */
export interface ReviewItem {
  id: string;
  /** Collection it belongs to: `tasks`, `deadlines`, `document`, … */
  kind: string;
  text: string;
  confidence: number;
  page?: number;
  lineStart?: number;
  charStart?: number;
  fields: ReviewField[];
  reviewed: boolean;
}

/** What a correction changes: one word of a page, or one field of an extracted item. */
export type CorrectionTarget =
  | { kind: 'word'; wordId: string; page: number }
  | { kind: 'field'; itemId: string; pointer: string };

/** A stored correction: who, when, before and after. Undo is itself a correction that restores `before`. */
export interface Correction {
  id: number;
  documentId: string;
  /** Run of the plan that was corrected. */
  runId?: string;
  target: CorrectionTarget;
  before: Json;
  after: Json;
  author: string;
  role: string;
  /** ISO 8601. */
  at: string;
  /** How the value was chosen: typed, one of the model's alternatives, confirmed unchanged, or an undo. */
  action: 'edit' | 'alternative' | 'confirm' | 'undo';
  /** For a word: what OCR read before repair. */
  source?: string;
  /** For an undo: the correction it reverts. */
  revertsId?: number;
  /** Set on a correction that a later undo reverted. */
  undone?: boolean;
}

/** An entry of the review queue, in reading order. */
export interface QueueEntry {
  kind: 'word' | 'field';
  /** Word id or item id. */
  id: string;
  page: number;
  line: number;
  pos: number;
  confidence: number;
  reviewed: boolean;
}
