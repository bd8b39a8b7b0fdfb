import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { Store, toDocumentSummary } from '../../store/index.ts';
import { formatTable } from '../summary-table.ts';

/** `vanban status`: documents per status, the latest documents, and queue depth when REDIS_URL is set. */
export function register(program: Command): void {
  program
    .command('status')
    .description('Documents per status, recent documents, and queue counts (with REDIS_URL)')
    .option('-n, --recent <n>', 'recent documents to list', '10')
    .option('--json', 'machine-readable output')
    .action(async (opts: { recent: string; json?: boolean }) => {
      const config = loadConfig();
      const store = await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const counts = await store.countByStatus();
        const recent = (await store.listDocuments({ limit: Number(opts.recent) })).map(toDocumentSummary);
        let queues: Record<string, Record<string, number>> | undefined;
        if (config.redisUrl) {
          const { Queue } = await import('bullmq');
          const { JOBS_QUEUE, redisConnection } = await import('../../../workers/queues.ts');
          const connection = redisConnection(config.redisUrl, 'producer');
          try {
            const q = new Queue(JOBS_QUEUE, { connection, prefix: config.queuePrefix });
            // Page jobs wait as 'prioritized' (see PAGE_PRIORITY), documents as 'waiting'.
            queues = { [JOBS_QUEUE]: await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'waiting-children', 'completed', 'failed') };
            await q.close();
          } finally {
            connection.disconnect();
          }
        }
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ counts, queues, recent }, null, 2)}\n`);
          return;
        }
        process.stdout.write(`documents: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        if (queues) for (const [q, c] of Object.entries(queues)) process.stdout.write(`queue ${q}: ${Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        if (recent.length) {
          process.stdout.write(
            `\n${formatTable(
              ['document', 'file', 'status', 'progress', 'pages', 'error'],
              recent.map((d) => [d.id, d.fileName, d.status, `${Math.round(d.progress * 100)}%`, String(d.pageCount ?? ''), d.error?.code ?? '']),
            )}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
