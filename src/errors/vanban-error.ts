/**
 * Stable error codes. Downstream systems and job records rely on these strings: add, never rename.
 * `unrecoverable` codes mean bad input (fail the job, do not retry); the rest are transient.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: { unrecoverable: true, message: 'Input file not found' },
  INPUT_UNSUPPORTED_TYPE: { unrecoverable: true, message: 'Unsupported file type' },
  PDF_INVALID: { unrecoverable: true, message: 'Not a readable PDF' },
  PDF_TRUNCATED: { unrecoverable: true, message: 'PDF is truncated or damaged' },
  PDF_ENCRYPTED: { unrecoverable: true, message: 'PDF is encrypted' },
  PDF_NO_PAGES: { unrecoverable: true, message: 'PDF has no pages' },
  PDF_TOO_MANY_PAGES: { unrecoverable: true, message: 'PDF has more pages than the configured limit' },
  IMAGE_TOO_LARGE: { unrecoverable: true, message: 'Image exceeds the pixel limit (decompression bomb guard)' },
  IMAGE_INVALID: { unrecoverable: true, message: 'Image cannot be decoded' },
  FILE_TOO_LARGE: { unrecoverable: true, message: 'File exceeds the size limit' },
  PAGE_FAILED: { unrecoverable: false, message: 'A page could not be processed' },
  OCR_FAILED: { unrecoverable: false, message: 'OCR engine failed' },
  OCR_ENGINE_UNAVAILABLE: { unrecoverable: true, message: 'Configured OCR engine is not installed' },
  MODEL_MISSING: { unrecoverable: true, message: 'Model or dictionary file is missing' },
  MODEL_MISMATCH: { unrecoverable: true, message: 'Model or dictionary file has the wrong format or version' },
  CONFIG_INVALID: { unrecoverable: true, message: 'Configuration is invalid' },
  SCHEMA_INVALID: { unrecoverable: true, message: 'Output does not match the published JSON Schema' },
  STORAGE_FAILED: { unrecoverable: false, message: 'Storage operation failed' },
  NOT_FOUND: { unrecoverable: true, message: 'Not found' },
  TIMEOUT: { unrecoverable: false, message: 'Operation timed out' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Every error vanban raises on purpose: a stable `code`, a human message, optional details. */
export class VanbanError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message ?? ERROR_CODES[code].message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VanbanError';
    this.code = code;
    this.details = options?.details;
  }

  /** Bad input: retrying cannot help. */
  get unrecoverable(): boolean {
    return ERROR_CODES[this.code].unrecoverable;
  }

  toJSON(): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isVanbanError(e: unknown): e is VanbanError {
  return e instanceof VanbanError;
}

/** Normalises anything thrown into a VanbanError, keeping the original as `cause`. */
export function toVanbanError(e: unknown, fallback: ErrorCode = 'PAGE_FAILED'): VanbanError {
  if (e instanceof VanbanError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new VanbanError(fallback, message, { cause: e });
}

/**
 * For a failed read of a model or dictionary file: MODEL_MISSING when the file is absent (with how to rebuild it),
 * the original error otherwise.
 */
export function missingModelError(e: unknown, what: string, path: string, rebuild: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'ENOENT' && code !== 'EISDIR') return e;
  return new VanbanError('MODEL_MISSING', `${what} not found: ${path} (rebuild with \`${rebuild}\`)`, { cause: e, details: { path } });
}
