import type { Store } from '../store/index.ts';
import { isFinished } from '../model/document-record.ts';
import type { RunRow } from '../store/schema.ts';

/**
 * Waits until every run is finished, calling `onUpdate` with fresh rows as they change. Polls the store, so
 * it works the same for both runners and across worker or Redis restarts.
 */
export async function waitForRuns(
  store: Store,
  runIds: string[],
  opts: {
    intervalMs?: number;
    timeoutMs?: number;
    onUpdate?: (runs: RunRow[]) => void;
    /** Called at most every `checkEveryMs` (default 10 s) with the unfinished runs, not awaited by the poll. */
    onCheck?: (unfinished: RunRow[]) => Promise<void>;
    checkEveryMs?: number;
  } = {},
): Promise<RunRow[]> {
  const started = Date.now();
  let lastCheck = started;
  let checking: Promise<void> | undefined;
  for (;;) {
    const runs = await store.getRuns(runIds);
    opts.onUpdate?.(runs);
    if (runs.every((r) => isFinished(r.status))) return runs;
    if (opts.onCheck && !checking && Date.now() - lastCheck >= (opts.checkEveryMs ?? 10_000)) {
      lastCheck = Date.now();
      checking = opts.onCheck(runs.filter((r) => !isFinished(r.status))).finally(() => (checking = undefined));
    }
    if (opts.timeoutMs !== undefined && Date.now() - started > opts.timeoutMs) return runs;
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 300));
  }
}
