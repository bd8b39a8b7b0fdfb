import path from 'node:path';
import type { OcrPage, PageError } from '../model/page.ts';
import { finishPages, type FinishedPlan } from './finish-pages.ts';
import { mapLimit } from './map-limit.ts';
import { recognizeOnePage, type PageOutcome } from './page-outcome.ts';
import type { InputLimits, PipelineStages, PlanResult, SourceInfo } from './stages.ts';
import { mediaTypeOf } from './media-type.ts';

export interface ProcessOptions {
  limits: InputLimits;
  /** Keep page images here (`page-<n>.png`). */
  pageImageDir?: string | undefined;
  /** Pages read at once. Default 1 (the OCR engine has its own worker pool; set it to that pool's size). */
  concurrency?: number;
  /** Attempts per page for transient faults. Default 2. */
  pageAttempts?: number;
  /** Recorded in the plan's `source`. Defaults: the file's base name, sha256 unknown. */
  fileName?: string;
  sha256?: string | null;
  /** Called once per page as it finishes (progress bars). */
  onPage?: (outcome: PageOutcome, pageCount: number) => void;
  /** Called once the page count is known. */
  onInspect?: (pageCount: number) => void;
}

/**
 * The in-process pipeline without storage: inspect → every page (per-page error records) → repair → extract
 * → validate. Bad input throws a coded VanbanError; a bad page yields a partial plan.
 */
export async function processDocument(file: string, stages: PipelineStages, opts: ProcessOptions): Promise<PlanResult> {
  return (await processDocumentDetailed(file, stages, opts)).plan;
}

export async function processDocumentDetailed(file: string, stages: PipelineStages, opts: ProcessOptions): Promise<FinishedPlan & { pageCount: number }> {
  const info = await stages.inspect(file, opts.limits);
  opts.onInspect?.(info.pageCount);
  const numbers = Array.from({ length: info.pageCount }, (_, i) => i + 1);
  const outcomes = await mapLimit(numbers, opts.concurrency ?? 1, async (n) => {
    const outcome = await readWithRetries(stages, file, n, opts);
    opts.onPage?.(outcome, info.pageCount);
    return outcome;
  });
  const pages: OcrPage[] = [];
  const errors: PageError[] = [];
  for (const o of outcomes) {
    if (o.ok) pages.push(o.page);
    else errors.push(o.error);
  }
  const source: SourceInfo = {
    fileName: opts.fileName ?? path.basename(file),
    sha256: opts.sha256 ?? null,
    pageCount: info.pageCount,
    mediaType: mediaTypeOf(info.kind, opts.fileName ?? file),
  };
  return { ...(await finishPages(stages, pages, errors, source)), pageCount: info.pageCount };
}

/** In-process retries for transient page faults (the queue runner uses BullMQ's backoff instead). */
export async function readWithRetries(
  stages: PipelineStages,
  file: string,
  n: number,
  opts: { limits: InputLimits; pageImageDir?: string | undefined; pageAttempts?: number },
): Promise<PageOutcome> {
  const attempts = Math.max(1, opts.pageAttempts ?? 2);
  let outcome: PageOutcome = await recognizeOnePage(stages, file, n, opts);
  for (let i = 1; i < attempts && !outcome.ok && outcome.retryable; i++) {
    await new Promise((r) => setTimeout(r, 200 * 2 ** (i - 1)));
    outcome = await recognizeOnePage(stages, file, n, opts);
  }
  return outcome;
}
