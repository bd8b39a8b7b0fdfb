import { fakeStageFactory } from './fake-stages.ts';
import type { StageFactory } from '../../src/pipeline/default-stages.ts';

/**
 * Loaded by worker processes through VANBAN_STAGES_MODULE in the reliability tests: the text front with a
 * fixed cost per page (FAKE_PAGE_MS, default 0), so queue faults can be exercised in seconds.
 */
export function createStageFactory(): StageFactory {
  const base = fakeStageFactory();
  const ms = Number(process.env.FAKE_PAGE_MS ?? 0);
  return {
    async stagesFor(o) {
      const s = await base.stagesFor(o);
      return {
        ...s,
        async recognizePage(file, n, opts) {
          // Busy CPU, like OCR (a sleeping job would not show lock-renewal problems).
          const until = Date.now() + ms;
          while (Date.now() < until) Math.sqrt(Math.random());
          return s.recognizePage(file, n, opts);
        },
      };
    },
    close: base.close,
  };
}
