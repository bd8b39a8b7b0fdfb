/**
 * Pipeline stages for the review end-to-end test, loaded by `vanban serve` through VANBAN_STAGES_MODULE:
 * a PDF upload goes through the real upload, intake, in-process runner, store, progress and API, while the
 * OCR/repair/extraction stages are replaced by the hand-written fixture of review-fixture.ts — so the test
 * checks the review flow, not OCR accuracy (benchmarks do that).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { StageFactory } from '../../src/pipeline/default-stages.ts';
import type { PipelineStages } from '../../src/pipeline/stages.ts';
import { VanbanError } from '../../src/errors/index.ts';
import { validatePlanDocument } from '../../src/model/validate-plan-document.ts';
import { ocrPage, pageImage, planDocument } from './review-fixture.ts';

export function createStageFactory(): StageFactory {
  const stages: PipelineStages = {
    async inspect(file) {
      const head = Buffer.alloc(5);
      const fh = await fs.open(file, 'r');
      try {
        await fh.read(head, 0, 5, 0);
      } finally {
        await fh.close();
      }
      if (head.toString('latin1') !== '%PDF-') throw new VanbanError('PDF_INVALID', 'Not a PDF');
      return { kind: 'pdf', pageCount: 1 };
    },
    async recognizePage(_file, n, opts) {
      if (opts.pageImageDir) await fs.writeFile(path.join(opts.pageImageDir, `page-${n}.png`), await pageImage());
      // A little time per page so the list shows the document moving through its states.
      await new Promise((r) => setTimeout(r, 300));
      return ocrPage();
    },
    async repairPages(pages) {
      return pages;
    },
    extract(input) {
      return planDocument(input.source?.fileName ?? undefined, input.source?.sha256 ?? null);
    },
    validate(plan) {
      return validatePlanDocument(plan);
    },
  };
  return { stagesFor: async () => stages, close: async () => undefined };
}
