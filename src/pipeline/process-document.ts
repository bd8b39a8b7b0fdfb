/**
 * processDocument: file → PlanDocument (OCR → repair → extract), the one entry the CLI, the API and the
 * workers call.
 *
 * TODO(lead): this first version handles text input (.txt/.md) only. When OCR (src/ocr, src/pdf) and
 * repair (src/repair) are on main, extend it for .pdf and images: inspectDocument → recognizeDocument →
 * repairer.repair per page (source 'repaired' when the text changed) → extractPlan with per-page errors.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { VanbanError } from '../errors/index.ts';
import { extractPlan } from '../extract/index.ts';
import type { PlanDocument } from '../model/plan-document.ts';
import { validatePlanDocument } from '../model/validate-plan-document.ts';

/** Services the pipeline needs; created once by the caller and closed by it. */
export interface ProcessDeps {
  /** Text repairer (src/repair); when absent, page text is used as read. */
  repairer?: { repair(text: string): { text: string } };
}

export interface ProcessOptions {
  /** File name recorded in `source.fileName` (default: the path's base name). */
  fileName?: string;
}

const TEXT_TYPES: Record<string, string> = { '.txt': 'text/plain', '.md': 'text/markdown' };

export async function processDocument(path: string, deps: ProcessDeps = {}, opts: ProcessOptions = {}): Promise<PlanDocument> {
  const ext = extname(path).toLowerCase();
  const mediaType = TEXT_TYPES[ext];
  if (!mediaType) {
    throw new VanbanError('INPUT_UNSUPPORTED_TYPE', `Unsupported file type "${ext}" (text input only until the OCR pipeline is wired)`);
  }
  try {
    await stat(path);
  } catch (e) {
    throw new VanbanError('INPUT_NOT_FOUND', `Input file not found: ${path}`, { cause: e });
  }
  const bytes = await readFile(path);
  const raw = bytes.toString('utf8');
  const text = deps.repairer ? deps.repairer.repair(raw).text : raw;
  const doc = extractPlan({
    pages: [{ number: 1, text, source: deps.repairer && text !== raw ? 'repaired' : 'pdf-text', confidence: 1 }],
    source: { fileName: opts.fileName ?? basename(path), sha256: createHash('sha256').update(bytes).digest('hex'), pageCount: 1, mediaType },
  });
  return validatePlanDocument(doc);
}
