import type { Store } from '../store/index.ts';
import type { RunRow } from '../store/schema.ts';

const TERMINAL = new Set(['done', 'partial', 'failed']);

/**
 * Waits until every run is finished, calling `onUpdate` with fresh rows as they change. Polls the store, so
 * it works the same for both runners and across worker or Redis restarts.
 */
export async function waitForRuns(
  store: Store,
  runIds: string[],
  opts: { intervalMs?: number; timeoutMs?: number; onUpdate?: (runs: RunRow[]) => void } = {},
): Promise<RunRow[]> {
  const started = Date.now();
  for (;;) {
    const runs = await store.getRuns(runIds);
    opts.onUpdate?.(runs);
    if (runs.every((r) => TERMINAL.has(r.status))) return runs;
    if (opts.timeoutMs !== undefined && Date.now() - started > opts.timeoutMs) return runs;
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 300));
  }
}
