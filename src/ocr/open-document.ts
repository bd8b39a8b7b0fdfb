import { openImageReader } from '../image/image-reader.ts';
import { openPdfReader } from '../pdf/pdf-reader.ts';
import type { DocumentReader } from './document-reader.ts';
import type { InputLimits } from './input-limits.ts';
import { sniffFile } from './sniff-file.ts';

/** Validates a file (type by content, size, pages, pixels) and opens it for page reading. */
export async function openDocument(file: string, limits: InputLimits): Promise<DocumentReader> {
  const { kind } = await sniffFile(file, limits);
  return kind === 'pdf' ? openPdfReader(file, limits) : openImageReader(file, kind, limits);
}

/**
 * Contract: checks that a file is a readable PDF or image within the limits, quickly and with bounded
 * memory; throws coded VanbanErrors for bad input.
 */
export async function inspectDocument(file: string, limits: InputLimits): Promise<{ kind: 'pdf' | 'image'; pageCount: number }> {
  const reader = await openDocument(file, limits);
  try {
    return { kind: reader.kind, pageCount: reader.pageCount };
  } finally {
    await reader.close();
  }
}
