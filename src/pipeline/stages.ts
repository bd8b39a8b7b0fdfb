import type { PlanDocument } from '../model/plan-document.ts';
import type { OcrPage, PageError } from '../model/page.ts';

/** Reviewer-confirmed words (OCR reading → confirmed) and corrected lines; the shape of RepairLexicon. */
export interface DeploymentLexicon {
  phrases?: string[];
  confusions?: { from: string; to: string; count: number }[];
}

/** Input limits applied to every file (from config). */
export interface InputLimits {
  maxFileBytes: number;
  maxPages: number;
  maxImagePixels: number;
}

export type InputKind = 'pdf' | 'image' | 'text';

export interface InspectResult {
  kind: InputKind;
  pageCount: number;
}

/** What the source file was, as recorded in the plan. */
export interface SourceInfo {
  fileName: string | null;
  sha256: string | null;
  pageCount: number;
  mediaType: string | null;
}

/** The page shape extraction reads. */
export interface ExtractPage {
  number: number;
  text: string;
  source: OcrPage['source'];
  confidence: number;
  lines?: OcrPage['lines'];
}

export interface ExtractInput {
  pages: ExtractPage[];
  errors?: PageError[];
  source?: SourceInfo;
}

/** The extracted, schema-valid plan. */
export type PlanResult = PlanDocument;

/**
 * The stages a runner calls, injected so both runners (and tests) share one pipeline. Production binds the
 * real stages with `createStages` (default-stages.ts); none of them know about queues or HTTP.
 */
export interface PipelineStages {
  /** Validates the file and counts pages; throws coded VanbanErrors for bad input. */
  inspect(path: string, limits: InputLimits): Promise<InspectResult>;
  /** Reads one page (OCR or text layer); saves `page-<n>.png` into pageImageDir when given. */
  recognizePage(path: string, pageNumber: number, opts: { limits: InputLimits; pageImageDir?: string | undefined }): Promise<OcrPage>;
  /**
   * Repairs OCR text (tone normalisation, confusions, diacritics); pages read from a text layer pass through.
   * `lexicon`: the deployment lexicon learnt from reviewers' corrections, read fresh for every run (pass it
   * to `createRepairer({ model, toneStyle, lexicon })`).
   */
  repairPages(pages: OcrPage[], opts?: { lexicon?: DeploymentLexicon }): Promise<OcrPage[]>;
  extract(input: ExtractInput): PlanResult;
  /** Throws SCHEMA_INVALID when the plan does not match the published schema. */
  validate(plan: PlanResult): PlanResult;
}
