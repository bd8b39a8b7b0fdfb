import os from 'node:os';
import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { VanbanError } from '../errors/index.ts';

/** All configuration, read from the environment in exactly one place and validated at start-up. */
export const ConfigSchema = Type.Object({
  /** Redis for the BullMQ runner; unset means the in-process runner. */
  redisUrl: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  /** PostgreSQL; unset means the embedded PGlite store under dataDir. */
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** Where originals, page images and the embedded database live. Default `./.vanban`. */
  dataDir: Type.String({ minLength: 1 }),
  /** Queue name prefix (BullMQ `prefix`). Default `vanban`. */
  queuePrefix: Type.String({ minLength: 1, pattern: '^[A-Za-z0-9_-]+$' }),
  /** OCR engine: `tesseract.js` (default, offline, npm only) or `native` (Debian `tesseract`, ~2× faster). */
  ocrEngine: Type.Union([Type.Literal('tesseract.js'), Type.Literal('native')]),
  /** OCR workers in one process. Default: number of cores. */
  ocrWorkers: Type.Integer({ minimum: 1, maximum: 64 }),
  /** Jobs processed at once by one `vanban worker`. Default 1 (each job already uses the OCR pool). */
  workerConcurrency: Type.Integer({ minimum: 1, maximum: 64 }),
  /** Language model file for repair; default the shipped one in dictionaries/. */
  lmPath: Type.Optional(Type.String()),
  /** Tone-mark placement: `old` (hòa, thủy — seeds and corpus) or `new` (hoà, thuỷ). Default `old`. */
  toneStyle: Type.Union([Type.Literal('old'), Type.Literal('new')]),
  /** Items below this confidence go to the review queue. Default 0.8. */
  reviewThreshold: Type.Number({ minimum: 0, maximum: 1 }),
  /** Limits on input. */
  maxFileBytes: Type.Integer({ minimum: 1 }),
  maxPages: Type.Integer({ minimum: 1 }),
  maxImagePixels: Type.Integer({ minimum: 1 }),
  /**
   * A module exporting `createStageFactory(config)` to use instead of the production stages (tests and
   * runner benchmarks exercise the queue machinery with it). Default: unset.
   */
  stagesModule: Type.Optional(Type.String({ minLength: 1 })),
  /** HTTP server. */
  host: Type.String(),
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
});
export type Config = Static<typeof ConfigSchema>;

type Env = Record<string, string | undefined>;

function int(v: string | undefined, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Builds and validates the configuration; throws CONFIG_INVALID listing every bad field. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const candidate: Record<string, unknown> = {
    redisUrl: env.REDIS_URL || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.VANBAN_DATA_DIR || '.vanban'),
    queuePrefix: env.VANBAN_QUEUE_PREFIX || 'vanban',
    ocrEngine: env.VANBAN_OCR_ENGINE || 'tesseract.js',
    ocrWorkers: int(env.VANBAN_OCR_WORKERS, cores),
    workerConcurrency: int(env.VANBAN_WORKER_CONCURRENCY, 1),
    lmPath: env.VANBAN_LM_PATH || undefined,
    toneStyle: env.VANBAN_TONE_STYLE || 'old',
    reviewThreshold: int(env.VANBAN_REVIEW_THRESHOLD, 0.8),
    maxFileBytes: int(env.VANBAN_MAX_FILE_BYTES, 200 * 1024 * 1024),
    maxPages: int(env.VANBAN_MAX_PAGES, 500),
    maxImagePixels: int(env.VANBAN_MAX_IMAGE_PIXELS, 12_000 * 12_000),
    stagesModule: env.VANBAN_STAGES_MODULE || undefined,
    host: env.HOST || '127.0.0.1',
    port: int(env.PORT, 3000),
    ...overrides,
  };
  for (const k of Object.keys(candidate)) if (candidate[k] === undefined) delete candidate[k];
  const errors = [...Value.Errors(ConfigSchema, candidate)];
  if (errors.length > 0) {
    const list = errors.map((e) => `${e.path || '/'}: ${e.message}`).join('; ');
    throw new VanbanError('CONFIG_INVALID', `Invalid configuration: ${list}`);
  }
  return candidate as Config;
}
