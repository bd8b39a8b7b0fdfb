import cliProgress from 'cli-progress';
import { isFinished } from '../model/document-record.ts';
import type { RunRow } from '../store/schema.ts';

/**
 * Progress for `ingest`: one bar for the batch plus one bar per document being read (pages done of pages),
 * removed when the document finishes. Without a TTY it prints one line per finished document instead.
 */
export class ProgressView {
  private readonly multi: cliProgress.MultiBar | undefined;
  private readonly total: cliProgress.SingleBar | undefined;
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private readonly finished = new Set<string>();

  constructor(
    private readonly names: Map<string, string>,
    count: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    if (out.isTTY) {
      this.multi = new cliProgress.MultiBar(
        { format: ' {bar} {value}/{total} {name}', hideCursor: true, clearOnComplete: false, stream: out, etaBuffer: 20 },
        cliProgress.Presets.shades_classic,
      );
      this.total = this.multi.create(count, 0, { name: 'documents' });
    }
  }

  update(runs: RunRow[]): void {
    for (const r of runs) {
      const name = this.names.get(r.id) ?? r.id;
      if (isFinished(r.status)) {
        if (this.finished.has(r.id)) continue;
        this.finished.add(r.id);
        const bar = this.bars.get(r.id);
        if (bar) {
          this.multi?.remove(bar);
          this.bars.delete(r.id);
        }
        this.total?.increment();
        if (!this.multi) this.out.write(`${r.status.padEnd(7)} ${name}${r.error_code ? ` (${r.error_code})` : ''}\n`);
      } else if (this.multi && r.page_count && (r.pages_done > 0 || r.status === 'processing')) {
        let bar = this.bars.get(r.id);
        // Keep the screen readable: at most 8 document bars at once.
        if (!bar && this.bars.size < 8) {
          bar = this.multi.create(r.page_count, 0, { name: `pages of ${name}` });
          this.bars.set(r.id, bar);
        }
        bar?.update(r.pages_done);
      }
    }
  }

  stop(): void {
    this.multi?.stop();
  }
}
