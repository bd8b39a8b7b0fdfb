import type { Store } from '../store/index.ts';
import type { InputLimits, PipelineStages } from './stages.ts';

/** Options of one run, recorded with it (a reprocess may choose others). */
export interface RunOptions {
  ocrEngine: 'tesseract.js' | 'native';
  toneStyle: 'old' | 'new';
}

/** What the storage-backed steps need: the store, the data directory, limits and the stages per run options. */
export interface PipelineContext {
  store: Store;
  dataDir: string;
  limits: InputLimits;
  stagesFor(options: RunOptions): Promise<PipelineStages>;
}

export function runOptionsOf(raw: unknown, fallback: RunOptions): RunOptions {
  const o = (raw ?? {}) as Partial<RunOptions>;
  return {
    ocrEngine: o.ocrEngine === 'native' || o.ocrEngine === 'tesseract.js' ? o.ocrEngine : fallback.ocrEngine,
    toneStyle: o.toneStyle === 'old' || o.toneStyle === 'new' ? o.toneStyle : fallback.toneStyle,
  };
}
