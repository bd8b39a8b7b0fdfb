import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { VanbanError } from '../../errors/index.ts';

interface WorkerCliOptions {
  concurrency?: string;
  lockMs?: string;
  stalledMs?: string;
}

/** `vanban worker`: a BullMQ worker process (pages + documents queues) until SIGTERM/SIGINT. */
export function register(program: Command): void {
  program
    .command('worker')
    .description('Process queued documents (needs REDIS_URL and DATABASE_URL); stop with SIGTERM/SIGINT')
    .option('-c, --concurrency <n>', 'jobs at once, page and document alike (default VANBAN_WORKER_CONCURRENCY)')
    .option('--lock-ms <ms>', 'job lock duration; a dead worker’s jobs return after it (default 30000)')
    .option('--stalled-ms <ms>', 'interval of the stalled-job check (default 30000)')
    .action(async (opts: WorkerCliOptions) => {
      const config = loadConfig();
      if (!config.redisUrl || !config.databaseUrl) {
        throw new VanbanError('CONFIG_INVALID', 'vanban worker needs REDIS_URL and DATABASE_URL (shared by all workers)');
      }
      const { Store } = await import('../../store/index.ts');
      const { startWorkers } = await import('../../../workers/start-workers.ts');
      // Migrate once here, so sandboxed job processes only open the database.
      await (await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })).close();
      const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      const workers = await startWorkers(config, {
        ...(opts.concurrency ? { concurrency: Number(opts.concurrency) } : {}),
        ...(opts.lockMs ? { lockDuration: num(opts.lockMs) as number } : {}),
        ...(opts.stalledMs ? { stalledInterval: num(opts.stalledMs) as number } : {}),
      });
      process.stderr.write(`worker ${process.pid} ready (prefix ${config.queuePrefix})\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stderr.write(`worker ${process.pid}: ${signal}, finishing active jobs…\n`);
          void workers.close().then(resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
      process.stderr.write(`worker ${process.pid} stopped\n`);
    });
}
