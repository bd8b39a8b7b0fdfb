import type { ErrorCode } from '../errors/index.ts';

/** HTTP status for each error code. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'NOT_FOUND':
    case 'INPUT_NOT_FOUND':
      return 404;
    case 'FILE_TOO_LARGE':
    case 'PDF_TOO_MANY_PAGES':
    case 'IMAGE_TOO_LARGE':
      return 413;
    case 'INPUT_UNSUPPORTED_TYPE':
      return 415;
    case 'PDF_INVALID':
    case 'PDF_TRUNCATED':
    case 'PDF_ENCRYPTED':
    case 'PDF_NO_PAGES':
    case 'IMAGE_INVALID':
    case 'CONFIG_INVALID':
      return 422;
    case 'STORAGE_FAILED':
    case 'TIMEOUT':
    case 'OCR_ENGINE_UNAVAILABLE':
      return 503;
    default:
      return 500;
  }
}
