import { toVanbanError } from '../errors/index.ts';
import type { OcrPage, PageError } from '../model/page.ts';
import type { InputLimits, PipelineStages } from './stages.ts';

export type PageOutcome = { ok: true; page: OcrPage } | { ok: false; error: PageError; retryable: boolean };

/**
 * Reads one page and turns a failure into a per-page error record (one bad page must not lose the
 * document). `retryable` tells a runner whether another attempt could help.
 */
export async function recognizeOnePage(
  stages: PipelineStages,
  path: string,
  pageNumber: number,
  opts: { limits: InputLimits; pageImageDir?: string | undefined },
): Promise<PageOutcome> {
  try {
    const page = await stages.recognizePage(path, pageNumber, opts);
    return { ok: true, page };
  } catch (e) {
    const err = toVanbanError(e, 'PAGE_FAILED');
    return { ok: false, error: { page: pageNumber, code: err.code, message: err.message }, retryable: !err.unrecoverable };
  }
}
