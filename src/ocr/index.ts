export { createOcrEngine, type CreateOcrEngineOptions } from './create-ocr-engine.ts';
export { inspectDocument, openDocument } from './open-document.ts';
export { recognizePage, recognizePageInput, type RecognizeOptions } from './recognize-page.ts';
export { recognizeDocument, type RecognizeDocumentOptions } from './recognize-document.ts';
export type { OcrEngine, OcrImageResult, RecognizeImageOptions } from './ocr-engine.ts';
export { DEFAULT_LIMITS, type InputLimits } from './input-limits.ts';
export type { DocumentReader, PageInput } from './document-reader.ts';
export { lazyOcrEngine } from './lazy-engine.ts';
