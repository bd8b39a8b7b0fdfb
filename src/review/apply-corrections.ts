import { splitWords, parseWordId } from './review-pages.ts';
import { findItemNode, isObject, setAt, syncCopies } from './review-items.ts';
import type { Correction, Json, JsonObject } from './review-types.ts';

/** The latest correction per target wins (an undo is a correction that restores the earlier value). */
export function effectiveCorrections(corrections: Correction[]): Map<string, Correction> {
  const latest = new Map<string, Correction>();
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) latest.set(targetKey(c), c);
  return latest;
}

export function targetKey(c: Pick<Correction, 'target'>): string {
  return c.target.kind === 'word' ? `word:${c.target.wordId}` : `field:${c.target.itemId}:${c.target.pointer}`;
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Replaces corrected words of one page text, addressing words by their index in the uncorrected text. */
export function correctPageText(text: string, page: number, words: Map<string, string>): { text: string; edits: TextEdit[] } {
  const edits: TextEdit[] = [];
  splitWords(text).forEach((line, li) => line.forEach((w, wi) => {
    const after = words.get(`p${page}-l${li}-w${wi}`);
    if (after !== undefined && after !== w.text) edits.push({ start: w.start, end: w.start + w.text.length, text: after });
  }));
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, edits };
}

/** Moves an offset of the uncorrected text to the corrected text. */
function shiftOffset(offset: number, edits: TextEdit[]): number {
  let delta = 0;
  for (const e of edits) if (e.end <= offset) delta += e.text.length - (e.end - e.start);
  return offset + delta;
}

/** Keeps provenance character spans pointing at the same words after words of a page changed length. */
function shiftProvenance(root: Json, page: number, edits: TextEdit[]): void {
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const span = node.page === page && isObject(node.charSpan) ? node.charSpan : undefined;
    if (span && typeof span.start === 'number' && typeof span.end === 'number') {
      const start = shiftOffset(span.start, edits);
      span.end = Math.max(start, shiftOffset(span.end, edits));
      span.start = start;
    }
    Object.values(node).forEach(visit);
  };
  visit(root);
}

/**
 * Returns a copy of the plan document with the reviewers' corrections applied: field values set, corrected
 * or confirmed items marked `review: { reviewed: true, by, at, previous }`, corrected words replaced in
 * the page text and the page marked the same way (`previous` = the page text before). Corrections whose target no longer exists are skipped (the document was reprocessed).
 */
export function applyCorrections(doc: JsonObject, corrections: Correction[]): JsonObject {
  const out = structuredClone(doc);
  const latest = effectiveCorrections(corrections);
  const wordsByPage = new Map<number, Map<string, string>>();
  const byItem = new Map<string, { c: Correction; previous: Json | undefined }[]>();
  const lastWordFix = new Map<number, Correction>();
  for (const c of latest.values()) {
    if (c.target.kind === 'word') {
      const id = parseWordId(c.target.wordId);
      if (!id || typeof c.after !== 'string') continue;
      const m = wordsByPage.get(id.page) ?? new Map<string, string>();
      m.set(c.target.wordId, c.after);
      wordsByPage.set(id.page, m);
      const undoneToMachine = c.action === 'undo' && firstBefore(corrections, c) === c.after;
      const last = lastWordFix.get(id.page);
      if (!undoneToMachine && (!last || last.id < c.id)) lastWordFix.set(id.page, c);
      continue;
    }
    if (setAt(out, c.target.pointer, c.after)) syncCopies(out, c.target.pointer, c.after);
    // An undo back to the machine's value leaves that field as the machine produced it.
    const previous = firstBefore(corrections, c);
    if (c.action === 'undo' && previous === c.after) continue;
    const list = byItem.get(c.target.itemId) ?? [];
    list.push({ c, previous });
    byItem.set(c.target.itemId, list);
  }
  for (const [itemId, list] of byItem) {
    const node = findItemNode(out, itemId);
    if (!node) continue;
    const last = list.sort((a, b) => a.c.id - b.c.id)[list.length - 1];
    if (!last) continue;
    const review: JsonObject = { reviewed: true, by: last.c.author, at: last.c.at };
    if (last.previous !== undefined && last.previous !== last.c.after) review.previous = last.previous;
    node.review = review;
  }
  if (Array.isArray(out.pages)) {
    for (const p of out.pages) {
      if (!isObject(p) || typeof p.number !== 'number' || typeof p.text !== 'string') continue;
      const words = wordsByPage.get(p.number);
      if (!words) continue;
      const { text, edits } = correctPageText(p.text, p.number, words);
      // A page whose words a reviewer fixed or confirmed is marked like an item; `previous` is the text before.
      const fix = lastWordFix.get(p.number);
      if (fix) p.review = { reviewed: true, by: fix.author, at: fix.at, ...(text !== p.text ? { previous: p.text } : {}) };
      p.text = text;
      if (edits.length > 0) shiftProvenance(out, p.number, edits);
    }
  }
  return out;
}

/** The machine's value of a target: `before` of its first correction. */
function firstBefore(all: Correction[], c: Correction): Json | undefined {
  const key = targetKey(c);
  return [...all].sort((a, b) => a.id - b.id).find((x) => targetKey(x) === key)?.before;
}
