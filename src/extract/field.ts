import type { FieldInfo, Provenance } from '../model/plan-document.ts';

/** A value read from the text, before it is placed into the document. */
export interface Found<T> {
  value: T;
  text: string;
  confidence: number;
  provenance: Provenance;
  fuzzy?: boolean;
}

/** Confidence of a value found by fuzzy matching of a damaged marker, relative to an exact match. */
export const FUZZY_PENALTY = 0.7;

export function fieldInfo(id: string, f: Found<unknown>): FieldInfo {
  return { id, text: f.text, confidence: round(f.confidence), provenance: f.provenance, ...(f.fuzzy ? { fuzzy: true } : {}) };
}

export function round(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 1000) / 1000));
}
