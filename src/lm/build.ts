import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { VanbanError } from '../errors/index.ts';
import type { ToneStyle } from '../vietnamese/index.ts';
import { NgramCounter, type NgramCounts } from './count.ts';
import { decodeModel, encodeModel } from './format.ts';
import { NgramModel } from './ngram-model.ts';
import { smoothKneserNey } from './kneser-ney.ts';
import { sentencesOf } from './tokens.ts';

/** n-gram order and pruning of the shipped model (`npm run lm:build`) and of the benchmark's base models. */
export const SHIPPED_ORDER = 3;
export const SHIPPED_MIN_COUNTS: readonly number[] = [1, 1, 1];

/**
 * Share of the in-domain plans model when a model file names one (`meta.mixWith`, see load.ts). The
 * benchmark's held-out models use the same weight.
 */
export const PLANS_WEIGHT = 0.2;

/** Options of the model builder. */
export interface BuildOptions {
  /** n-gram order, 1..4. Default 3. */
  order?: number;
  /** Tone placement the corpus is normalised to before counting. Default `old`. */
  toneStyle?: ToneStyle;
  /** Minimum raw count per order to keep an n-gram (stage 2). Default [1, 1, 2, 2]. */
  minCounts?: number[];
  /**
   * Formulaic lines (e.g. legal citation notes) are down-weighted by keeping only one in `keepOneIn`.
   * Default: none are formulaic.
   */
  formulaic?: (line: string) => boolean;
  /** Keep one formulaic line in this many. Default 8. */
  keepOneIn?: number;
  /** Called every 100,000 lines with the number read. */
  onProgress?: (lines: number) => void;
}

/** One input: a file path (plain text, or .xz streamed through `xz -dc`) or an array of lines. */
export type CorpusInput = string | { name: string; lines: Iterable<string> };

async function* linesOf(input: CorpusInput): AsyncGenerator<string> {
  if (typeof input !== 'string') {
    yield* input.lines;
    return;
  }
  try {
    await access(input);
  } catch (e) {
    throw new VanbanError('INPUT_NOT_FOUND', `corpus file not found: ${input}`, { cause: e });
  }
  let stream: Readable;
  let child: ReturnType<typeof spawn> | null = null;
  if (input.endsWith('.xz')) {
    child = spawn('xz', ['-dc', input], { stdio: ['ignore', 'pipe', 'inherit'] });
    stream = child.stdout as Readable;
  } else {
    stream = createReadStream(input);
  }
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
    child?.kill();
  }
}

const ABBREVIATION = /(?<![\p{L}\p{N}])[A-ZĐ]{2,8}(?![\p{L}\p{N}])/gu;

function addLine(counter: NgramCounter, line: string, style: ToneStyle): void {
  const caps: number[][] = [];
  const sentences = sentencesOf(line, style, caps);
  sentences.forEach((s, i) => counter.add(s, caps[i]));
  if (line.includes('Đ')) for (const m of line.matchAll(ABBREVIATION)) if (m[0].includes('Đ')) counter.addAbbreviation(m[0], m[0].replace(/Đ/g, 'D'));
}

/** Stage 1 (count) over all inputs. */
export async function countCorpus(inputs: CorpusInput[], opts: BuildOptions = {}): Promise<NgramCounts> {
  const style = opts.toneStyle ?? 'old';
  const counter = new NgramCounter(opts.order ?? 3);
  const keepOneIn = opts.keepOneIn ?? 8;
  let lines = 0;
  let formulaic = 0;
  for (const input of inputs) {
    for await (const line of linesOf(input)) {
      lines++;
      if (opts.onProgress && lines % 100_000 === 0) opts.onProgress(lines);
      if (opts.formulaic?.(line) && formulaic++ % keepOneIn !== 0) continue;
      addLine(counter, line, style);
    }
  }
  return counter.finish();
}

/** count → prune → smooth → encode. Returns the file bytes and a summary. */
export async function buildLanguageModel(
  inputs: CorpusInput[],
  opts: BuildOptions = {},
  meta: Record<string, unknown> = {},
): Promise<{ bytes: Buffer; summary: Record<string, unknown> }> {
  const counts = await countCorpus(inputs, opts);
  const smoothed = smoothKneserNey(counts, { minCounts: opts.minCounts ?? [1, 1, 2, 2] });
  const summary = {
    sources: inputs.map((i) => (typeof i === 'string' ? i.split('/').pop() : i.name)),
    tokens: counts.tokens,
    sentences: counts.sentences,
    vocab: counts.vocab.length,
    ngrams: smoothed.orders.map((o) => o.keys.length),
    discounts: smoothed.discounts.map((d) => d.map((x) => Math.round(x * 1000) / 1000)),
    minCounts: opts.minCounts ?? [1, 1, 2, 2],
    smoothing: 'interpolated modified Kneser-Ney',
  };
  const bytes = encodeModel(smoothed, opts.toneStyle ?? 'old', { ...summary, ...meta });
  return { bytes, summary };
}

/** Builds a small model in memory from lines of text (deployment lexicons, tests). Synchronous. */
export function modelFromLines(lines: Iterable<string>, opts: BuildOptions = {}): NgramModel {
  const style = opts.toneStyle ?? 'old';
  // Small starting buffers: the repairer builds one of these per document (its cache), and 8 MB per order
  // zero-filled each time cost more than the counting.
  const counter = new NgramCounter(opts.order ?? 3, 1 << 12);
  for (const line of lines) addLine(counter, line, style);
  const smoothed = smoothKneserNey(counter.finish(), { minCounts: opts.minCounts ?? [1, 1, 1] });
  return new NgramModel(decodeModel(encodeModel(smoothed, style, { source: 'in-memory' }, 0), 'in-memory'));
}
