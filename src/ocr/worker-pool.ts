/**
 * A fixed set of workers handed out one job at a time; jobs wait in FIFO order for a free worker.
 */
export class WorkerPool<W> {
  private readonly idle: W[];
  private readonly waiting: ((w: W) => void)[] = [];

  constructor(readonly workers: readonly W[]) {
    this.idle = [...workers];
  }

  async use<T>(job: (worker: W) => Promise<T>): Promise<T> {
    const worker = this.idle.pop() ?? (await new Promise<W>((resolve) => this.waiting.push(resolve)));
    try {
      return await job(worker);
    } finally {
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }
}
