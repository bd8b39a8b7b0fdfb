import path from 'node:path';
import { sha256File } from '../store/content-store.ts';
import type { OcrPage, PageError } from '../model/page.ts';
import { finishPages, type FinishedPlan } from './finish-pages.ts';
import { mapLimit } from './map-limit.ts';
import { recognizeOnePage, type PageOutcome } from './page-outcome.ts';
import type { InputLimits, PipelineStages, PlanResult, SourceInfo } from './stages.ts';
import { mediaTypeOf } from './media-type.ts';
import { createStageFactory } from './default-stages.ts';
import type { RunOptions } from './context.ts';

/** Limits when the caller gives none (the configuration defaults). */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxFileBytes: 200 * 1024 * 1024, maxPages: 500, maxImagePixels: 12_000 * 12_000 };

export interface ProcessOptions {
  /** Input limits. Default DEFAULT_INPUT_LIMITS. */
  limits?: InputLimits;
  /** For the production stages (where `stages` does not replace them). Default tesseract.js, old tones. */
  runOptions?: RunOptions;
  /** OCR workers of the production engine. Default 1. */
  ocrWorkers?: number;
  /** Keep page images here (`page-<n>.png`). */
  pageImageDir?: string | undefined;
  /** Pages read at once. Default 1 (the OCR engine has its own worker pool; set it to that pool's size). */
  concurrency?: number;
  /** Attempts per page for transient faults. Default 2. */
  pageAttempts?: number;
  /** Recorded in the plan's `source`. Defaults: the file's base name and its sha256. */
  fileName?: string;
  sha256?: string | null;
  /** Called once per page as it finishes (progress bars). */
  onPage?: (outcome: PageOutcome, pageCount: number) => void;
  /** Called once the page count is known. */
  onInspect?: (pageCount: number) => void;
}

/**
 * The in-process pipeline without storage: inspect → every page (per-page error records) → repair → extract
 * → validate. Bad input throws a coded VanbanError; a bad page yields a partial plan. `stages` replaces any
 * of the production stages (tests); production stages are created for this call and closed after it.
 */
export async function processDocument(file: string, stages: Partial<PipelineStages> = {}, opts: ProcessOptions = {}): Promise<PlanResult> {
  return (await processDocumentDetailed(file, stages, opts)).plan;
}

export async function processDocumentDetailed(
  file: string,
  given: Partial<PipelineStages> = {},
  opts: ProcessOptions = {},
): Promise<FinishedPlan & { pageCount: number }> {
  const complete = (['inspect', 'recognizePage', 'repairPages', 'extract', 'validate'] as const).every((k) => typeof given[k] === 'function');
  if (complete) return run(file, given as PipelineStages, opts);
  const factory = createStageFactory({ ocrWorkers: opts.ocrWorkers ?? 1 });
  try {
    const production = await factory.stagesFor(opts.runOptions ?? { ocrEngine: 'tesseract.js', toneStyle: 'old' });
    return await run(file, { ...production, ...given }, opts);
  } finally {
    await factory.close();
  }
}

async function run(file: string, stages: PipelineStages, opts: ProcessOptions): Promise<FinishedPlan & { pageCount: number }> {
  const limits = opts.limits ?? DEFAULT_INPUT_LIMITS;
  const info = await stages.inspect(file, limits);
  opts.onInspect?.(info.pageCount);
  const numbers = Array.from({ length: info.pageCount }, (_, i) => i + 1);
  const outcomes = await mapLimit(numbers, opts.concurrency ?? 1, async (n) => {
    const outcome = await readWithRetries(stages, file, n, { ...opts, limits });
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
    sha256: opts.sha256 ?? (await sha256File(file)),
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
  opts: { limits?: InputLimits; pageImageDir?: string | undefined; pageAttempts?: number },
): Promise<PageOutcome> {
  const attempts = Math.max(1, opts.pageAttempts ?? 2);
  const o = { limits: opts.limits ?? DEFAULT_INPUT_LIMITS, pageImageDir: opts.pageImageDir };
  let outcome: PageOutcome = await recognizeOnePage(stages, file, n, o);
  for (let i = 1; i < attempts && !outcome.ok && outcome.retryable; i++) {
    await new Promise((r) => setTimeout(r, 200 * 2 ** (i - 1)));
    outcome = await recognizeOnePage(stages, file, n, o);
  }
  return outcome;
}
