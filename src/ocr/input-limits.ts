import type { Config } from '../config/index.ts';

/**
 * Input limits every file is checked against before any decoding (from `loadConfig()`).
 * - `maxFileBytes`: larger files fail with FILE_TOO_LARGE before being read (default 200 MB).
 * - `maxPages`: PDFs/TIFFs with more pages fail with PDF_TOO_MANY_PAGES from the page count alone (default 500).
 * - `maxImagePixels`: images (and PDF page images) above width × height fail with IMAGE_TOO_LARGE,
 *   read from the header before decoding (default 12,000²).
 */
export type InputLimits = Pick<Config, 'maxFileBytes' | 'maxPages' | 'maxImagePixels'>;

/** The configuration defaults, for callers (tests, scripts) that have no Config at hand. */
export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxPages: 500,
  maxImagePixels: 12_000 * 12_000,
};
