import { Command } from 'commander';
import { isVanbanError } from '../errors/index.ts';
import { register as registerExport } from './commands/export.ts';
import { register as registerIngest } from './commands/ingest.ts';
import { register as registerServe } from './commands/serve.ts';
import { register as registerStatus } from './commands/status.ts';
import { register as registerToken } from './commands/token.ts';
import { register as registerWorker } from './commands/worker.ts';
import { register as registerRepair } from './commands/repair.ts';
import { register as registerLm } from './commands/lm.ts';

/** Builds the CLI. Each command lives in its own file under src/cli/commands and registers itself here. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('vanban')
    .description('Scanned Vietnamese Party and government plans → trustworthy structured JSON')
    .version('0.1.0')
    .showHelpAfterError();
  registerIngest(program);
  registerWorker(program);
  registerServe(program);
  registerExport(program);
  registerStatus(program);
  registerToken(program);
  registerRepair(program);
  registerLm(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (isVanbanError(e)) {
      process.stderr.write(`error ${e.code}: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
