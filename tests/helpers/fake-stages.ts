import { VanbanError } from '../../src/errors/index.ts';
import type { StageFactory } from '../../src/pipeline/default-stages.ts';
import type { PipelineStages } from '../../src/pipeline/stages.ts';
import { inspectText, recognizeTextPage } from '../../src/pipeline/text-input.ts';

/**
 * Test stages around the real text front: a page whose text contains `FAIL:<CODE>` throws that code (to
 * exercise per-page errors); extraction returns the page texts, so tests can see what reached it.
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
      return page;
    },
    async repairPages(pages) {
      return pages;
    },
    extract(input) {
      calls.extract++;
      return { schemaVersion: '0.0.0-test', texts: input.pages.map((p) => p.text), errors: input.errors ?? [], source: input.source };
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
