import fs from 'node:fs/promises';
import path from 'node:path';
import { toVanbanError, VanbanError } from '../errors/index.ts';
import type { IntakeOutcome } from '../model/document-record.ts';
import { storeOriginalFile, type StoredFile } from '../store/index.ts';
import type { PipelineContext, RunOptions } from './context.ts';

export interface SubmitInput {
  /** Name shown to people (sanitised by the caller for uploads). */
  fileName: string;
  /** A local file to copy into the store (CLI) … */
  file?: string;
  /** … or an upload already streamed into the store (API). */
  stored?: StoredFile;
  /** Start another run with `options` even when the same content exists. */
  reprocess?: boolean;
  options: RunOptions;
}

export interface Submitted {
  outcome: IntakeOutcome;
  /** Set when the run is ready for its pages (a runner must now process it). */
  pageCount: number | null;
}

/**
 * Takes one file in: content-addressed original, one document per sha256 (a new run only on reprocess),
 * then inspection (fast, bounded) so bad input fails here with its code and never reaches a queue.
 */
export async function submitFile(ctx: PipelineContext, input: SubmitInput): Promise<Submitted> {
  const fail = (e: unknown, documentId: string | null = null, runId: string | null = null): Submitted => {
    const err = toVanbanError(e, 'STORAGE_FAILED');
    return {
      outcome: { fileName: input.fileName, documentId, runId, duplicate: false, status: 'failed', error: { code: err.code, message: err.message } },
      pageCount: null,
    };
  };
  let stored = input.stored;
  if (!stored) {
    if (!input.file) throw new VanbanError('INPUT_NOT_FOUND', 'Nothing to submit');
    const stat = await fs.stat(input.file).catch(() => undefined);
    if (!stat?.isFile()) return fail(new VanbanError('INPUT_NOT_FOUND', `Input file not found: ${input.file}`));
    // Refuse before copying: an oversized file never enters the store.
    if (stat.size > ctx.limits.maxFileBytes) {
      return fail(new VanbanError('FILE_TOO_LARGE', `File of ${stat.size} bytes exceeds the limit of ${ctx.limits.maxFileBytes}`));
    }
    stored = await storeOriginalFile(ctx.dataDir, input.file, input.fileName);
  }
  const { document, run, duplicate } = await ctx.store.intake({
    sha256: stored.sha256,
    fileName: input.fileName,
    sizeBytes: stored.sizeBytes,
    originalPath: stored.relPath,
    options: { ...input.options },
    reprocess: input.reprocess ?? false,
  });
  // A duplicate whose run never got past intake (a crash in between) is resumed rather than left hanging.
  if (duplicate && !(run.status === 'queued' && run.page_count === null)) {
    const unfinished = (run.status === 'queued' || run.status === 'processing') && run.page_count !== null;
    return {
      outcome: {
        fileName: input.fileName,
        documentId: document.id,
        runId: run.id,
        duplicate: true,
        status: run.status,
        error: run.error_code ? { code: run.error_code, message: run.error_message ?? '' } : null,
      },
      // An unfinished duplicate (an interrupted batch submitted again) is handed back to the runner.
      pageCount: unfinished ? run.page_count : null,
    };
  }
  try {
    const stages = await ctx.stagesFor(input.options);
    const info = await stages.inspect(path.join(ctx.dataDir, stored.relPath), ctx.limits);
    await ctx.store.startRun(run.id, info);
    return {
      outcome: { fileName: input.fileName, documentId: document.id, runId: run.id, duplicate, status: 'queued', error: null },
      pageCount: info.pageCount,
    };
  } catch (e) {
    const err = toVanbanError(e, 'STORAGE_FAILED');
    await ctx.store.failRun(run.id, err.code, err.message);
    return fail(err, document.id, run.id);
  }
}
