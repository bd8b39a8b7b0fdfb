import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingModelError, VanbanError } from '../errors/index.ts';
import { decodeModel } from './format.ts';
import { NgramModel } from './ngram-model.ts';
import { interpolateModels } from './interpolate.ts';
import type { LanguageModel } from './language-model.ts';

/** The shipped model, committed under dictionaries/. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../dictionaries/vi-syllable-3gram.vblm', import.meta.url));

const cache = new Map<string, Promise<LanguageModel>>();

/**
 * Loads a model file (default: the shipped one). Throws MODEL_MISSING when the file is absent and
 * MODEL_MISMATCH when it is not a model of the supported format version. Loaded models are cached per path.
 */
export function loadLanguageModel(path: string = DEFAULT_MODEL_PATH): Promise<LanguageModel> {
  let p = cache.get(path);
  if (!p) {
    p = readModel(path);
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return p;
}

async function readModel(path: string): Promise<LanguageModel> {
  const t0 = performance.now();
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw missingModelError(e, 'language model', path, 'npm run lm:build');
  }
  const data = decodeModel(buf, path);
  const bytes = (await stat(path)).size;
  const model = new NgramModel(data, { path, bytes, loadMs: performance.now() - t0 });
  // A model may name a small in-domain model to interpolate with (written next to it by lm:build).
  const mix = data.header.meta.mixWith as { file?: unknown; weight?: unknown } | undefined;
  if (!mix) return model;
  if (typeof mix.file !== 'string' || typeof mix.weight !== 'number' || !(mix.weight > 0 && mix.weight < 1) || mix.file.includes('/')) {
    throw new VanbanError('MODEL_MISMATCH', `${path}: bad mixWith entry in the header`);
  }
  const ownPath = join(dirname(path), mix.file);
  const own = await readModel(ownPath);
  const mixed = interpolateModels(model, own, mix.weight);
  return { ...mixed, info: { path, bytes: bytes + (own.info.bytes ?? 0), loadMs: performance.now() - t0, meta: { ...data.header.meta, own: own.info.meta } } };
}

/** Builds an in-memory model from an encoded buffer (tests, bench leave-one-out models). */
export function modelFromBuffer(buf: Buffer, label = 'buffer'): LanguageModel {
  return new NgramModel(decodeModel(buf, label), { path: label, bytes: buf.length });
}
