import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VanbanError } from '../../src/errors/index.ts';
import type { StageFactory } from '../../src/pipeline/default-stages.ts';
import type { PipelineStages, PlanResult } from '../../src/pipeline/stages.ts';
import { inspectText, recognizeTextPage } from '../../src/pipeline/text-input.ts';

/**
 * Test stages around the real text front: a page whose text contains `FAIL:<CODE>` throws that code (to
 * exercise per-page errors); `FLAKY:<name>` fails with OCR_FAILED the first time only (a marker file in
 * the temp directory remembers it, across processes). Extraction returns the page texts.
 */
export function fakeStages(calls: { recognize: number; extract: number } = { recognize: 0, extract: 0 }): PipelineStages {
  return {
    async inspect(file, limits) {
      if (!/\.(txt|md)$/i.test(file)) throw new VanbanError('INPUT_UNSUPPORTED_TYPE', 'test stages read text only');
      return inspectText(file, limits);
    },
    async recognizePage(file, n, opts) {
      calls.recognize++;
      const page = await recognizeTextPage(file, n, opts.limits);
      const m = /FAIL:([A-Z_]+)/.exec(page.text);
      if (m) throw new VanbanError(m[1] as never, `page ${n} fails on purpose`);
      const flaky = /FLAKY:([\w-]+)/.exec(page.text);
      if (flaky) {
        const marker = path.join(os.tmpdir(), `vanban-flaky-${flaky[1]}`);
        if (!fs.existsSync(marker)) {
          fs.writeFileSync(marker, '');
          throw new VanbanError('OCR_FAILED', `page ${n} fails once on purpose`);
        }
      }
      return page;
    },
    async repairPages(pages) {
      return pages;
    },
    extract(input) {
      calls.extract++;
      // A stand-in plan (runner tests check what reached extraction; tests/reliability-bad-input uses the real one).
      const plan = { schemaVersion: '0.0.0-test', texts: input.pages.map((p) => p.text), errors: input.errors ?? [], source: input.source };
      return plan as unknown as PlanResult;
    },
    validate(plan) {
      return plan;
    },
  };
}

export function fakeStageFactory(calls?: { recognize: number; extract: number }): StageFactory {
  const stages = fakeStages(calls);
  return { stagesFor: async () => stages, close: async () => undefined };
}
