import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import type { Role } from '../../model/document-record.ts';
import { Store } from '../../store/index.ts';

/** `vanban token create --role R`: an API token, printed once (only its hash is stored). */
export function register(program: Command): void {
  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('Create an API token and print it (it cannot be shown again)')
    .addOption(new Option('--role <role>', 'archivist (upload), reviewer (correct), reader (read/export)').choices(['archivist', 'reviewer', 'reader']).makeOptionMandatory())
    .option('--name <name>', 'label for the token', 'cli')
    .action(async (opts: { role: Role; name: string }) => {
      const config = loadConfig();
      const store = await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const t = await store.createToken(opts.name, opts.role);
        process.stdout.write(`${t.token}\n`);
        process.stderr.write(`token ${t.id} (${t.role}) created; send it as "Authorization: Bearer <token>"\n`);
      } finally {
        await store.close();
      }
    });
  token
    .command('revoke')
    .description('Revoke an API token by id')
    .argument('<id>')
    .action(async (id: string) => {
      const config = loadConfig();
      const store = await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        if (!(await store.revokeToken(id))) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
