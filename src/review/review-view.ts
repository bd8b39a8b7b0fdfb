import { applyCorrections, effectiveCorrections } from './apply-corrections.ts';
import { buildQueue, collectItems, isObject } from './review-items.ts';
import { buildReviewPage, type ReviewPageInput } from './review-pages.ts';
import type { Correction, JsonObject, QueueEntry, ReviewItem, ReviewPage } from './review-types.ts';

/** What review needs of a stored document: the plan as extracted, and per page the OCR and repair output. */
export interface ReviewSource {
  id: string;
  /** Run the plan came from; corrections are kept per run. */
  runId?: string | null;
  /** The plan document as the pipeline produced it (before any correction). */
  plan: JsonObject;
  /** Per-page OCR words/boxes and repair tokens, when the store kept them; keyed by page number. */
  pages?: Map<number, Omit<ReviewPageInput, 'number' | 'text' | 'confidence'>>;
}

export interface ReviewView {
  id: string;
  threshold: number;
  /** The plan with corrections applied (what the export serves). */
  plan: JsonObject;
  pages: ReviewPage[];
  items: ReviewItem[];
  queue: QueueEntry[];
  corrections: Correction[];
}

/** Everything the review page shows for one document, with the corrections so far applied. */
export function buildReviewView(src: ReviewSource, corrections: Correction[], threshold: number): ReviewView {
  const latest = effectiveCorrections(corrections);
  const planPages = Array.isArray(src.plan.pages) ? src.plan.pages.filter(isObject) : [];
  const pages = planPages.map((p) => {
    const number = typeof p.number === 'number' ? p.number : 1;
    const extra = src.pages?.get(number) ?? {};
    const page = buildReviewPage({
      ...extra, number,
      text: typeof p.text === 'string' ? p.text : '',
      confidence: typeof p.confidence === 'number' ? p.confidence : 1,
    });
    for (const line of page.lines) {
      for (const w of line.words) {
        const c = latest.get(`word:${w.id}`);
        if (!c || typeof c.after !== 'string') continue;
        const machine = corrections.find((x) => x.target.kind === 'word' && x.target.wordId === w.id)?.before;
        if (c.action === 'undo' && c.after === machine) continue;
        if (c.after !== w.text) w.machineText = w.text;
        w.text = c.after;
        w.reviewed = true;
      }
      // The line text shown is rebuilt from the corrected words so the text view matches the export.
      let shift = 0;
      for (const w of line.words) {
        if (w.machineText === undefined) continue;
        const at = w.start - line.start + shift;
        line.text = line.text.slice(0, at) + w.text + line.text.slice(at + w.machineText.length);
        shift += w.text.length - w.machineText.length;
      }
    }
    return page;
  });
  const plan = applyCorrections(src.plan, corrections);
  const items = collectItems(plan);
  const reviewedWords = new Set(pages.flatMap((p) => p.lines.flatMap((l) => l.words.filter((w) => w.reviewed).map((w) => w.id))));
  return { id: src.id, threshold, plan, pages, items, queue: buildQueue(pages, items, threshold, reviewedWords), corrections };
}
