import type { Command } from 'commander';
import { processDocument } from '../../pipeline/process-document.ts';

/** `vanban extract FILE`: prints the plan document JSON (validated against the published schema). */
export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract the structured plan (JSON) from a .txt/.md file, a PDF or an image')
    .argument('<file>', 'input file')
    .option('--compact', 'print JSON on one line')
    .option('--no-pages', 'omit the page texts from the output')
    .action(async (file: string, options: { compact?: boolean; pages?: boolean }) => {
      const doc = await processDocument(file, {});
      const out = options.pages === false ? { ...doc, pages: doc.pages.map((p) => ({ ...p, text: '' })) } : doc;
      process.stdout.write(`${JSON.stringify(out, null, options.compact ? undefined : 2)}\n`);
    });
}
