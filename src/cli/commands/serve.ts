import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';

/** `vanban serve`: the HTTP API (and, without REDIS_URL, the in-process runner behind it). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('HTTP API: upload, documents, export, page images, docs at /docs')
    .option('--host <host>', 'listen address (default HOST or 127.0.0.1)')
    .option('--port <port>', 'port (default PORT or 3000)')
    .action(async (opts: { host?: string; port?: string }) => {
      const config = loadConfig();
      const { buildApi } = await import('../../api/build-api.ts');
      const { openRuntime } = await import('../../runtime/open-runtime.ts');
      const runtime = await openRuntime(config, { log: (m) => process.stderr.write(`${m}\n`) });
      const app = await buildApi(runtime, { logger: true });
      const resumed = await runtime.resumeUnfinished();
      if (resumed) app.log.info(`resumed ${resumed} unfinished run(s)`);
      await app.listen({ host: opts.host ?? config.host, port: opts.port ? Number(opts.port) : config.port });
      await new Promise<void>((resolve) => {
        const stop = () => void app.close().then(() => runtime.close()).then(resolve);
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    });
}
