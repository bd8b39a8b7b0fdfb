import { VanbanError } from '../errors/index.ts';
import type { OcrPage } from '../model/page.ts';
import type { ExtractInput, InputLimits, PlanResult } from './stages.ts';
import type { TextRepairer } from './repair-pages.ts';

/**
 * The production stages, by the contracts in docs/architecture.md. They are loaded by path at run time so
 * this runner builds and tests on its own while the stages are developed alongside it; once they are all
 * on main these can become static imports.
 */
export interface OcrEngineLike {
  terminate(): Promise<void>;
}
export interface ProductionModules {
  createOcrEngine(opts: { engine: 'tesseract.js' | 'native'; workers: number }): Promise<OcrEngineLike>;
  inspectDocument(path: string, limits: InputLimits): Promise<{ kind: 'pdf' | 'image'; pageCount: number }>;
  recognizePage(path: string, pageNumber: number, opts: { engine: OcrEngineLike; limits: InputLimits; pageImageDir?: string }): Promise<OcrPage>;
  loadLanguageModel(path?: string): Promise<unknown>;
  createRepairer(opts: { model: unknown; toneStyle: 'old' | 'new' }): TextRepairer;
  extractPlan(input: ExtractInput): PlanResult;
  validatePlanDocument(doc: unknown): PlanResult;
}

const MODULES = {
  ocr: '../ocr/index.ts',
  repair: '../repair/index.ts',
  extract: '../extract/index.ts',
  validate: '../model/validate-plan-document.ts',
} as const;

async function load(name: keyof typeof MODULES): Promise<Record<string, unknown>> {
  const spec: string = MODULES[name];
  try {
    return (await import(new URL(spec, import.meta.url).href)) as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(spec.slice(3))) {
      throw new VanbanError('INPUT_UNSUPPORTED_TYPE', `The ${name} stage (src/${spec.slice(3)}) is not part of this build`, { cause: e });
    }
    throw e;
  }
}

function member<T>(mod: Record<string, unknown>, name: string, from: string): T {
  const f = mod[name];
  if (typeof f !== 'function') throw new VanbanError('MODEL_MISMATCH', `src/${from} does not export ${name}()`);
  return f as T;
}

const cache = new Map<string, Promise<Record<string, unknown>>>();

function loadOnce(name: keyof typeof MODULES): Promise<Record<string, unknown>> {
  let p = cache.get(name);
  if (!p) {
    p = load(name);
    p.catch(() => cache.delete(name));
    cache.set(name, p);
  }
  return p;
}

/** The OCR front: loaded on the first PDF or image. */
export async function ocrModule(): Promise<Pick<ProductionModules, 'createOcrEngine' | 'inspectDocument' | 'recognizePage'>> {
  const m = await loadOnce('ocr');
  return {
    createOcrEngine: member(m, 'createOcrEngine', MODULES.ocr),
    inspectDocument: member(m, 'inspectDocument', MODULES.ocr),
    recognizePage: member(m, 'recognizePage', MODULES.ocr),
  };
}

/** Repair: loaded on the first OCR'd page. */
export async function repairModule(): Promise<Pick<ProductionModules, 'loadLanguageModel' | 'createRepairer'>> {
  const m = await loadOnce('repair');
  return { loadLanguageModel: member(m, 'loadLanguageModel', MODULES.repair), createRepairer: member(m, 'createRepairer', MODULES.repair) };
}

/** Extraction and schema validation. */
export async function extractModule(): Promise<Pick<ProductionModules, 'extractPlan' | 'validatePlanDocument'>> {
  const [e, v] = await Promise.all([loadOnce('extract'), loadOnce('validate')]);
  return { extractPlan: member(e, 'extractPlan', MODULES.extract), validatePlanDocument: member(v, 'validatePlanDocument', MODULES.validate) };
}
