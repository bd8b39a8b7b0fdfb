import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { VanbanError } from '../../errors/index.ts';
import { loadLanguageModel } from '../../lm/index.ts';
import { createRepairer, type RepairLexicon } from '../../repair/index.ts';

async function readInput(file: string | undefined): Promise<string> {
  if (!file || file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new VanbanError('INPUT_NOT_FOUND', `cannot read ${file}`, { cause: e });
  }
}

/** `vanban repair [FILE|-] [--json] [--model FILE] [--lexicon FILE] [--tone-style old|new]` */
export function register(program: Command): void {
  program
    .command('repair')
    .description('Restore Vietnamese marks and fix OCR confusions; prints the repaired text (or tokens with --json)')
    .argument('[file]', 'text file, or - for stdin', '-')
    .option('--json', 'print tokens with original, repaired text, confidence, alternatives and offsets')
    .option('--model <file>', 'language model file (default: config lmPath or the shipped model)')
    .option('--lexicon <file>', 'deployment lexicon JSON: { phrases: string[], confusions: {from,to,count}[] }')
    .option('--tone-style <style>', 'old (hòa, thủy) or new (hoà, thuỷ)')
    .action(async (file: string, opts: { json?: boolean; model?: string; lexicon?: string; toneStyle?: string }) => {
      const config = loadConfig();
      const style = opts.toneStyle ?? config.toneStyle;
      if (style !== 'old' && style !== 'new') throw new VanbanError('CONFIG_INVALID', `--tone-style must be old or new, got ${style}`);
      const model = await loadLanguageModel(opts.model ?? config.lmPath);
      let lexicon: RepairLexicon | undefined;
      if (opts.lexicon) {
        try {
          lexicon = JSON.parse(await readFile(opts.lexicon, 'utf8')) as RepairLexicon;
        } catch (e) {
          throw new VanbanError('CONFIG_INVALID', `cannot read lexicon ${opts.lexicon}`, { cause: e });
        }
      }
      const repairer = createRepairer({ model, toneStyle: style, lexicon });
      const result = repairer.repair(await readInput(file));
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
      else process.stdout.write(result.text.endsWith('\n') || result.text === '' ? result.text : `${result.text}\n`);
    });
}
