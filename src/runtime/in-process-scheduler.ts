import { EventEmitter } from 'node:events';
import { toVanbanError } from '../errors/index.ts';
import type { PipelineContext, RunOptions } from '../pipeline/context.ts';
import { runStoredRun } from '../pipeline/run-stored.ts';

/**
 * The in-process runner's queue: runs stored runs in this process, `documents` at a time, each reading
 * `pages` pages at once. Emits `idle` when nothing is left. A run scheduled twice runs once.
 */
export class InProcessScheduler extends EventEmitter {
  private readonly waiting: string[] = [];
  private readonly known = new Set<string>();
  private active = 0;

  constructor(
    private readonly ctx: PipelineContext,
    private readonly opts: { defaults: RunOptions; documents: number; pages: number; log?: (msg: string) => void },
  ) {
    super();
  }

  schedule(runId: string): void {
    if (this.known.has(runId)) return;
    this.known.add(runId);
    this.waiting.push(runId);
    this.pump();
  }

  get busy(): boolean {
    return this.active > 0 || this.waiting.length > 0;
  }

  /** Resolves when every scheduled run has finished. */
  async drain(): Promise<void> {
    if (!this.busy) return;
    await new Promise<void>((resolve) => this.once('idle', resolve));
  }

  private pump(): void {
    while (this.active < this.opts.documents && this.waiting.length > 0) {
      const runId = this.waiting.shift() as string;
      this.active++;
      void this.runOne(runId).finally(() => {
        this.active--;
        this.known.delete(runId);
        this.pump();
        if (!this.busy) this.emit('idle');
      });
    }
  }

  private async runOne(runId: string): Promise<void> {
    try {
      await runStoredRun(this.ctx, runId, { defaults: this.opts.defaults, concurrency: this.opts.pages });
    } catch (e) {
      // Steps record their own failures; reaching here means storage itself failed: record if possible.
      const err = toVanbanError(e, 'STORAGE_FAILED');
      this.opts.log?.(`run ${runId} failed: ${err.code} ${err.message}`);
      await this.ctx.store.failRun(runId, err.code, err.message).catch(() => undefined);
    }
  }
}
