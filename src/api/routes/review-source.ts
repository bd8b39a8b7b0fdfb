import type { OcrPage } from '../../model/page.ts';
import type { ReviewPageInput, TokenInfo } from '../../review/review-pages.ts';
import type { JsonObject } from '../../review/review-types.ts';
import type { ReviewSource } from '../../review/review-view.ts';
import type { Store } from '../../store/store.ts';

/** URL of a page image served by the review routes. */
export function pageImageUrl(documentId: string, page: number): string {
  return `/api/review/${encodeURIComponent(documentId)}/pages/${page}/image`;
}

/** Repair tokens of one page's OCR text (the repair stage's `repairer.repair(text).tokens`). */
export type RepairTokensFn = (ocrText: string) => Promise<TokenInfo[]>;

/**
 * Loads what review needs from the store: the current run's plan, and per page the stored OCR (words,
 * boxes, confidences) and whether a page image was kept. Undefined until the document has a result.
 */
export async function loadReviewSource(store: Store, id: string, repairTokens?: RepairTokensFn): Promise<ReviewSource | undefined> {
  const doc = await store.getDocument(id);
  if (!doc?.current_run_id) return undefined;
  const plan = await store.getCurrentResult(id);
  if (!plan || typeof plan !== 'object') return undefined;
  const pages = new Map<number, Omit<ReviewPageInput, 'number' | 'text' | 'confidence'>>();
  for (const p of await store.listPages(doc.current_run_id)) {
    const extra: Omit<ReviewPageInput, 'number' | 'text' | 'confidence'> = {};
    if (p.ocr && typeof p.ocr === 'object') {
      extra.ocr = p.ocr as OcrPage;
      if (repairTokens && extra.ocr.source !== 'pdf-text') extra.tokens = await repairTokens(extra.ocr.text);
    }
    if (p.image_path) extra.imageUrl = pageImageUrl(id, p.number);
    pages.set(p.number, extra);
  }
  return { id, runId: doc.current_run_id, plan: plan as JsonObject, pages };
}
